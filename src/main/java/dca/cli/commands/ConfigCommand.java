package dca.cli.commands;

import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.run.Locations;
import dca.progress.ProgressException;
import dca.progress.FittedWeights;
import dca.progress.ProgressStore;
import dca.progress.Settings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dca config get|set|list}: the settings kept in the progress file. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Show or change settings (kept in the progress file).",
                       "Keys: desired-retention (0.70-0.99), new-per-day (0-9999), fuzz (on|off),",
                       "exam-date (YYYY-MM-DD or none), exam-mode (on|off: with an exam date, no",
                       "interval runs past it and every card is seen once in the last 3 days),",
                       "weights (fitted by dca optimize; reset with: dca config reset weights)."},
        subcommands = {ConfigCommand.Get.class, ConfigCommand.Set.class, ConfigCommand.ListAll.class,
                       ConfigCommand.Reset.class})
public final class ConfigCommand extends SubCommand implements Callable<Integer> {
    static final String KEYS = "desired-retention, new-per-day, fuzz, exam-date, exam-mode, weights";

    @Override
    public Integer call() throws ProgressException {
        return list(root);
    }

    static int list(DcaCommand root) throws ProgressException {
        try (ProgressStore store = ProgressStore.openReadOnly(Locations.progress(root), root.env().clock())) {
            Settings s = store.settings();
            for (Key k : Key.values()) root.env().out().printf("%-18s %s%n", k.label, k.show(s));
        }
        return ExitCode.OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print every setting and its value.")
    static final class ListAll implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Override
        public Integer call() throws ProgressException {
            return list(parent.root);
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Print one setting's value.")
    static final class Get implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Parameters(index = "0", paramLabel = "KEY", description = KEYS)
        String key;

        @Override
        public Integer call() throws ProgressException {
            Key k = Key.parse(key);
            DcaCommand root = parent.root;
            try (ProgressStore store = ProgressStore.openReadOnly(Locations.progress(root), root.env().clock())) {
                Settings s = store.settings();
                root.env().out().println(k.show(s));
                if (k == Key.WEIGHTS) root.env().out().println(weightList(s.fsrsParameters().w()));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, description = "Put one setting back to its default.")
    static final class Reset implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Parameters(index = "0", paramLabel = "KEY", description = KEYS)
        String key;

        @Override
        public Integer call() throws ProgressException {
            Key k = Key.parse(key);
            DcaCommand root = parent.root;
            Env env = root.env();
            try (ProgressStore store = ProgressStore.open(Locations.progress(root), env.clock(), env.storage())) {
                Settings updated = k.reset(store.settings());
                store.saveSettings(updated);
                env.out().println(k.label + " = " + k.show(updated));
            }
            return ExitCode.OK;
        }
    }

    /** The 21 weights on one line, 4 decimals (the file keeps them exactly), as `config get weights` prints them. */
    static String weightList(double[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) b.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4f", w[i]));
        return b.toString();
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change one setting.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Parameters(index = "0", paramLabel = "KEY", description = KEYS)
        String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        public Integer call() throws ProgressException {
            Key k = Key.parse(key);
            DcaCommand root = parent.root;
            Env env = root.env();
            // Validate before taking the lock: a typo should not need the file at all.
            k.apply(Settings.defaults(), value, env);
            try (ProgressStore store = ProgressStore.open(Locations.progress(root), env.clock(), env.storage())) {
                Settings updated = k.apply(store.settings(), value, env);
                store.saveSettings(updated);
                env.out().println(k.label + " = " + k.show(updated));
            }
            return ExitCode.OK;
        }
    }

    /** The settings a user may change, with their validation and display. */
    enum Key {
        DESIRED_RETENTION("desired-retention") {
            @Override
            String show(Settings s) { return plain(s.desiredRetention()); }

            @Override
            Settings reset(Settings s) { return s.withDesiredRetention(Settings.defaults().desiredRetention()); }

            @Override
            Settings apply(Settings s, String v, Env env) {
                String t = v.trim();
                double r;
                try {
                    r = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100 : Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw bad(v, "a number between 0.70 and 0.99, e.g. 0.9 (or 90%)");
                }
                if (!(r >= 0.70 - 1e-12 && r <= 0.99 + 1e-12)) throw bad(v, "a number between 0.70 and 0.99, e.g. 0.9 (or 90%)");
                return s.withDesiredRetention(BigDecimal.valueOf(r).setScale(4, java.math.RoundingMode.HALF_UP).doubleValue());
            }
        },
        NEW_PER_DAY("new-per-day") {
            @Override
            String show(Settings s) { return Integer.toString(s.newPerDay()); }

            @Override
            Settings reset(Settings s) { return s.withNewPerDay(Settings.defaults().newPerDay()); }

            @Override
            Settings apply(Settings s, String v, Env env) {
                int n;
                try {
                    n = Integer.parseInt(v.trim());
                } catch (NumberFormatException e) {
                    throw bad(v, "a whole number from 0 to 9999, e.g. 20");
                }
                if (n < 0 || n > 9999) throw bad(v, "a whole number from 0 to 9999, e.g. 20");
                return s.withNewPerDay(n);
            }
        },
        FUZZ("fuzz") {
            @Override
            String show(Settings s) { return s.fuzz() ? "on" : "off"; }

            @Override
            Settings apply(Settings s, String v, Env env) { return s.withFuzz(onOff(v)); }

            @Override
            Settings reset(Settings s) { return s.withFuzz(Settings.defaults().fuzz()); }
        },
        EXAM_DATE("exam-date") {
            @Override
            String show(Settings s) { return s.examDate() == null ? "none" : s.examDate().toString(); }

            @Override
            Settings reset(Settings s) { return s.withExamDate(null); }

            @Override
            Settings apply(Settings s, String v, Env env) {
                String t = v.trim().toLowerCase(Locale.ROOT);
                if (t.equals("none") || t.isEmpty()) return s.withExamDate(null);
                LocalDate d;
                try {
                    d = LocalDate.parse(t);
                } catch (DateTimeParseException e) {
                    throw bad(v, "a date as YYYY-MM-DD, e.g. 2027-01-15, or none");
                }
                LocalDate today = LocalDate.now(env.clock());
                if (d.isBefore(today)) {
                    throw Failure.usage("exam-date " + d + " is in the past (today is " + today + ")",
                            "give the date of your exam as YYYY-MM-DD, or none to clear it");
                }
                return s.withExamDate(d);
            }
        },
        EXAM_MODE("exam-mode") {
            @Override
            String show(Settings s) { return s.examMode() ? "on" : "off"; }

            @Override
            Settings apply(Settings s, String v, Env env) { return s.withExamMode(onOff(v)); }

            @Override
            Settings reset(Settings s) { return s.withExamMode(Settings.defaults().examMode()); }
        },
        WEIGHTS("weights") {
            @Override
            String show(Settings s) {
                FittedWeights w = s.weights();
                return w == null ? "defaults (FSRS-6)"
                        : "fitted " + w.fittedAt().truncatedTo(ChronoUnit.SECONDS) + " on " + w.reviews() + " reviews";
            }

            @Override
            Settings apply(Settings s, String v, Env env) {
                throw Failure.usage("weights are not set by hand", "run dca optimize to fit them, or dca config reset weights for the defaults");
            }

            @Override
            Settings reset(Settings s) { return s.withWeights(null); }
        };

        final String label;

        Key(String label) { this.label = label; }

        abstract String show(Settings s);

        abstract Settings apply(Settings s, String value, Env env);

        /** The setting back at its default. */
        abstract Settings reset(Settings s);

        boolean onOff(String v) {
            return switch (v.trim().toLowerCase(Locale.ROOT)) {
                case "on", "true", "yes" -> true;
                case "off", "false", "no" -> false;
                default -> throw bad(v, "on or off");
            };
        }

        Failure bad(String value, String expected) {
            return Failure.usage("invalid value for " + label + ": '" + value + "'", "expected " + expected);
        }

        static Key parse(String key) {
            String k = key.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Key x : values()) {
                if (x.label.equals(k) || x.label.replace("-", "").equals(k)) return x;
            }
            throw Failure.usage("unknown setting '" + key + "'", "settings are: " + KEYS);
        }

        static String plain(double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
    }
}
