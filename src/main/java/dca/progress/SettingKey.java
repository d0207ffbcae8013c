package dca.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting a user may change, with its name (as {@code dca config set} and the config file
 * spell it), what it is for, what values it takes, and how it is read and shown. The config file,
 * {@code dca config} and completion all go through this list, so a new setting is one constant here.
 */
public enum SettingKey {
    DESIRED_RETENTION("desired-retention", "Target chance of recalling a card when it comes due.", "0.70-0.99") {
        @Override
        public String show(Settings s) { return plain(s.desiredRetention()); }

        @Override
        public Settings apply(Settings s, String v) throws BadValue {
            String t = v.trim();
            double r;
            try {
                r = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100 : Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw bad(v, "a number from 0.70 to 0.99, e.g. 0.9 (or 90%)");
            }
            if (!inRange(r)) throw bad(v, "a number from 0.70 to 0.99, e.g. 0.9 (or 90%)");
            return s.withDesiredRetention(BigDecimal.valueOf(r).setScale(4, RoundingMode.HALF_UP).doubleValue());
        }

        @Override
        String problem(Settings s) {
            return inRange(s.desiredRetention()) ? null : "must be from 0.70 to 0.99";
        }

        private boolean inRange(double r) {
            return r >= 0.70 - 1e-12 && r <= 0.99 + 1e-12;
        }
    },
    NEW_PER_DAY("new-per-day", "New cards a day, counted across all sessions of the day.", "0-9999") {
        @Override
        public String show(Settings s) { return Integer.toString(s.newPerDay()); }

        @Override
        public Settings apply(Settings s, String v) throws BadValue {
            int n;
            try {
                n = Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw bad(v, "a whole number from 0 to 9999, e.g. 20");
            }
            if (n < 0 || n > 9999) throw bad(v, "a whole number from 0 to 9999, e.g. 20");
            return s.withNewPerDay(n);
        }

        @Override
        String problem(Settings s) {
            return s.newPerDay() >= 0 && s.newPerDay() <= 9999 ? null : "must be a whole number from 0 to 9999";
        }
    },
    FUZZ("fuzz", "Spread due dates a little, so cards learnt together do not all come back together.", "on|off") {
        @Override
        public String show(Settings s) { return s.fuzz() ? "on" : "off"; }

        @Override
        public Settings apply(Settings s, String v) throws BadValue {
            return s.withFuzz(onOff(v));
        }
    },
    EXAM_DATE("exam-date", "The day of your exam; stats show readiness for it.", "YYYY-MM-DD|none") {
        @Override
        public String show(Settings s) { return s.examDate() == null ? "none" : s.examDate().toString(); }

        @Override
        public Settings apply(Settings s, String v) throws BadValue {
            String t = v.trim().toLowerCase(Locale.ROOT);
            if (t.equals("none") || t.isEmpty()) return s.withExamDate(null);
            try {
                return s.withExamDate(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                throw bad(v, "a date as YYYY-MM-DD, e.g. 2027-01-15, or none");
            }
        }
    },
    EXAM_MODE("exam-mode", "With an exam date: no interval runs past it, and every card is seen once in the last 3 days.",
            "on|off") {
        @Override
        public String show(Settings s) { return s.examMode() ? "on" : "off"; }

        @Override
        public Settings apply(Settings s, String v) throws BadValue {
            return s.withExamMode(onOff(v));
        }
    },
    WEIGHTS("weights", "Personal FSRS weights, fitted by dca optimize (dca config reset weights: the defaults).",
            "none|21 numbers, fitted INSTANT on N reviews") {
        @Override
        public String show(Settings s) {
            FittedWeights w = s.weights();
            return w == null ? "defaults (FSRS-6)" : "fitted " + w.fittedAt().truncatedTo(ChronoUnit.SECONDS) + " on " + w.reviews() + " reviews";
        }

        /** Every weight exactly (the shortest decimal that reads back as the same double), then when and on what. */
        @Override
        public String write(Settings s) {
            FittedWeights w = s.weights();
            if (w == null) return "none";
            StringBuilder b = new StringBuilder();
            for (double x : w.weights()) b.append(Double.toString(x)).append(' ');
            return b.append("fitted ").append(w.fittedAt()).append(" on ").append(w.reviews()).append(" reviews").toString();
        }

        @Override
        public Settings apply(Settings s, String v) throws BadValue {
            String t = v.strip();
            if (t.equalsIgnoreCase("none") || t.toLowerCase(Locale.ROOT).startsWith("defaults")) return s.withWeights(null);
            java.util.regex.Matcher m = WEIGHT_LINE.matcher(t);
            String expected = "none, or the 21 weights and \"fitted INSTANT on N reviews\" as dca optimize writes them";
            if (!m.matches()) throw bad(v, expected);
            try {
                double[] w = java.util.Arrays.stream(m.group(1).trim().split("[\\s,]+")).mapToDouble(Double::parseDouble).toArray();
                return s.withWeights(new FittedWeights(w, java.time.Instant.parse(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (RuntimeException e) {
                throw bad(v, expected);
            }
        }

        @Override
        public boolean settable() { return false; }
    };

    private static final java.util.regex.Pattern WEIGHT_LINE =
            java.util.regex.Pattern.compile("(?i)([-+0-9.eE,\\s]+?)\\s*fitted\\s+(\\S+)\\s+on\\s+(\\d+)\\s+reviews?");

    /** A value a setting does not take: what was given and what it takes. */
    public static final class BadValue extends Exception {
        private final String expected;

        BadValue(String message, String expected) {
            super(message);
            this.expected = expected;
        }

        /** What the setting takes, e.g. "a number from 0.70 to 0.99, e.g. 0.9 (or 90%)". */
        public String expected() { return expected; }
    }

    private final String label;
    private final String purpose;
    private final String allowed;

    SettingKey(String label, String purpose, String values) {
        this.label = label;
        this.purpose = purpose;
        this.allowed = values;
    }

    /** The name as typed: {@code desired-retention}. */
    public String label() { return label; }

    /** One sentence on what it does, for the config file's comments and help. */
    public String purpose() { return purpose; }

    /** The values it takes, short: {@code 0.70-0.99}, {@code on|off}. */
    public String allowed() { return allowed; }

    /** The value as {@code dca config} shows it. */
    public abstract String show(Settings s);

    /** The value as the settings file keeps it (what {@link #apply} reads back); the shown value unless that loses something. */
    public String write(Settings s) {
        return show(s);
    }

    /** False for a value dca works out itself ({@code weights}): set by its command, reset by {@code dca config reset}. */
    public boolean settable() {
        return true;
    }

    /** This key back at its default, the others as they are. */
    public Settings reset(Settings s) {
        try {
            return apply(s, write(Settings.defaults()));
        } catch (BadValue e) {
            throw new IllegalStateException("the default of " + label + " does not read back", e);
        }
    }

    /** The settings with this key set to {@code value}, or why the value is not one it takes. */
    public abstract Settings apply(Settings s, String value) throws BadValue;

    /** Why this key's value in {@code s} is not allowed (a hand-edited file), or null. */
    String problem(Settings s) {
        return null;
    }

    boolean onOff(String v) throws BadValue {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw bad(v, "on or off");
        };
    }

    BadValue bad(String value, String expected) {
        return new BadValue("invalid value for " + label + ": '" + value.strip() + "'", expected);
    }

    /** The first setting of {@code s} out of its range, as "key: why", or empty. */
    static Optional<String> firstProblem(Settings s) {
        for (SettingKey k : values()) {
            String p = k.problem(s);
            if (p != null) return Optional.of(k.label + " " + k.show(s) + " " + p);
        }
        return Optional.empty();
    }

    /**
     * The key a name stands for: {@code desired-retention}, {@code desired_retention} and the progress
     * file's old {@code desiredRetention} alike; empty for none.
     */
    public static Optional<SettingKey> find(String name) {
        String k = name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (SettingKey x : values()) {
            if (x.label.replace("-", "").equals(k)) return Optional.of(x);
        }
        return Optional.empty();
    }

    /** Every name, for messages and completion. */
    public static List<String> labels() {
        return java.util.Arrays.stream(values()).map(SettingKey::label).toList();
    }

    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
