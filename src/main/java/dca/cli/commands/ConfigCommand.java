package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.run.Locations;
import dca.progress.ProgressException;
import dca.progress.SettingKey;
import dca.progress.Settings;
import dca.progress.SettingsFile;
import dca.study.StudyProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dca config get|set|list|path}: the settings, kept in the settings file. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Show or change settings. They live in $${XDG_CONFIG_HOME:-~/.config}/dca/config,",
                       "a commented file you may also edit by hand, and apply whichever progress file is used.",
                       "Keys: desired-retention (0.70-0.99), new-per-day (0-9999), fuzz (on|off),",
                       "exam-date (YYYY-MM-DD or none), exam-mode (on|off: with an exam date, no",
                       "interval runs past it and every card is seen once in the last 3 days),",
                       "weights (fitted by dca optimize; reset with: dca config reset weights)."},
        subcommands = {ConfigCommand.Get.class, ConfigCommand.Set.class, ConfigCommand.ListAll.class,
                       ConfigCommand.Reset.class, ConfigCommand.Where.class})
public final class ConfigCommand extends SubCommand implements Callable<Integer> {
    static final String KEYS = "desired-retention, new-per-day, fuzz, exam-date, exam-mode, weights";

    @Override
    public Integer call() throws ProgressException {
        return list(root);
    }

    static int list(DcaCommand root) throws ProgressException {
        Settings s = current(root);
        for (SettingKey k : SettingKey.values()) root.env().out().printf("%-18s %s%n", k.label(), k.show(s));
        return ExitCode.OK;
    }

    /** The settings in force: the settings file's, or those a progress file from before it still holds. */
    static Settings current(DcaCommand root) throws ProgressException {
        try (StudyProgress progress = Drill.openReadOnly(root)) {
            return progress.settings();
        }
    }

    /** Setting names, for completion of KEY. */
    public static final class Keys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SettingKey.labels().iterator();
        }
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

    @Command(name = "path", mixinStandardHelpOptions = true, description = "Print where the settings file is.")
    static final class Where implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Override
        public Integer call() {
            parent.env().out().println(Locations.settings(parent.root));
            return ExitCode.OK;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Print one setting's value.")
    static final class Get implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Parameters(index = "0", paramLabel = "KEY", completionCandidates = Keys.class,
                description = KEYS)
        String key;

        @Override
        public Integer call() throws ProgressException {
            SettingKey k = key(key);
            Settings s = current(parent.root);
            parent.env().out().println(k.show(s));
            if (k == SettingKey.WEIGHTS) parent.env().out().println(weightList(s.fsrsParameters().w()));
            return ExitCode.OK;
        }
    }

    /** The 21 weights on one line, 4 decimals (the file keeps them exactly), as {@code config get weights} prints them. */
    static String weightList(double[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) b.append(i == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.4f", w[i]));
        return b.toString();
    }

    @Command(name = "reset", mixinStandardHelpOptions = true, description = "Put one setting back to its default.")
    static final class Reset implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Parameters(index = "0", paramLabel = "KEY", completionCandidates = Keys.class, description = KEYS)
        String key;

        @Override
        public Integer call() throws ProgressException {
            SettingKey k = key(key);
            Settings updated = k.reset(load(parent.root, k));
            SettingsFile.set(Locations.settings(parent.root), k, updated);
            parent.env().out().println(k.label() + " = " + k.show(updated));
            return ExitCode.OK;
        }
    }

    /**
     * The settings to change {@code k} in: the settings file's (a bad value of {@code k} itself is what
     * the change fixes), or those of a progress file from before it, moved out first so the rest are kept.
     */
    static Settings load(DcaCommand root, SettingKey k) throws ProgressException {
        Path file = Locations.settings(root);
        if (!Files.exists(file)) Set.migrate(root);
        Optional<SettingsFile.Loaded> loaded = SettingsFile.read(file, k);
        return loaded.map(SettingsFile.Loaded::settings).orElse(Settings.defaults());
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change one setting.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Parameters(index = "0", paramLabel = "KEY", completionCandidates = Keys.class,
                description = KEYS)
        String key;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        public Integer call() throws ProgressException {
            SettingKey k = key(key);
            DcaCommand root = parent.root;
            Env env = root.env();
            if (!k.settable()) {
                throw Failure.usage(k.label() + " are not set by hand", "run dca optimize to fit them, or dca config reset " + k.label() + " for the defaults");
            }
            // Validate before touching any file: a typo should not need one.
            Settings checked = apply(k, Settings.defaults(), value);
            if (k == SettingKey.EXAM_DATE && checked.examDate() != null) {
                LocalDate today = LocalDate.now(env.clock());
                if (checked.examDate().isBefore(today)) {
                    throw Failure.usage("exam-date " + checked.examDate() + " is in the past (today is " + today + ")",
                            "give the date of your exam as YYYY-MM-DD, or none to clear it");
                }
            }
            Settings updated = apply(k, load(root, k), value);
            SettingsFile.set(Locations.settings(root), k, updated);
            env.out().println(k.label() + " = " + k.show(updated));
            return ExitCode.OK;
        }

        /** A progress file from before the settings file gives its settings first, so setting one key keeps the rest. */
        private static void migrate(DcaCommand root) throws ProgressException {
            boolean legacy;
            try (StudyProgress progress = Drill.openReadOnly(root)) {
                legacy = progress.store().legacySettings().isPresent();
            }
            if (!legacy) return;
            try (StudyProgress progress = StudyProgress.open(Locations.progress(root), Locations.settings(root),
                    root.env().clock(), root.env().storage())) {
                Drill.say(root, progress);
            }
        }
    }

    static SettingKey key(String name) {
        return SettingKey.find(name).orElseThrow(() -> Failure.usage("unknown setting '" + name + "'",
                "settings are: " + String.join(", ", SettingKey.labels())));
    }

    private static Settings apply(SettingKey k, Settings s, String value) {
        try {
            return k.apply(s, value);
        } catch (SettingKey.BadValue e) {
            throw Failure.usage(e.getMessage(), "expected " + e.expected());
        }
    }
}
