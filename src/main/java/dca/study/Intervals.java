package dca.study;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Short interval labels as Anki prints them on its grade buttons: 1m, 10m, 3h, 4d, 2.5mo, 1.2y. */
public final class Intervals {
    private Intervals() {}

    public static String between(Instant from, Instant to) {
        return label(Duration.between(from, to));
    }

    public static String label(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long minutes = Math.round(s / 60.0);
        if (minutes < 1) return "<1m";
        if (minutes < 60) return minutes + "m";
        long hours = Math.round(s / 3600.0);
        if (hours < 24) return hours + "h";
        double days = s / 86400.0;
        if (days < 30) return Math.round(days) + "d";
        if (days < 365) return trim(days / 30.4375) + "mo";
        return trim(days / 365.25) + "y";
    }

    private static String trim(double v) {
        String t = String.format(Locale.ROOT, "%.1f", v);
        return t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
    }
}
