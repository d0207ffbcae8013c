package dca.cli.text;

import dca.cli.run.Env;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Terminal charts from Unicode block characters: horizontal bars with eighth-block precision,
 * sparklines and shade levels. Colour is a separate, optional layer ({@link #color}).
 */
public final class Charts {
    private static final char[] EIGHTHS = {' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'};
    private static final char[] SPARK = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};
    /** Heatmap levels: none, then four shades. */
    private static final char[] SHADES = {'·', '░', '▒', '▓', '█'};

    private final boolean colour;
    private final int width;

    public Charts(boolean colour, int width) {
        this.colour = colour;
        this.width = Math.max(40, width);
    }

    /** Colour when allowed (not NO_COLOR, not TERM=dumb, not plain), {@code width} columns (at least 40). */
    public static Charts of(Env env, boolean plain, int width) {
        return new Charts(env.colorAllowed() && !plain, width);
    }

    public int width() { return width; }

    public boolean colour() { return colour; }

    /** A bar {@code cells} wide filled to {@code fraction} (0–1), padded with spaces to its full width. */
    public static String bar(double fraction, int cells) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        int eighths = (int) Math.round(f * cells * 8);
        StringBuilder sb = new StringBuilder();
        sb.append("█".repeat(eighths / 8));
        if (eighths % 8 != 0) sb.append(EIGHTHS[eighths % 8]);
        while (sb.length() < cells) sb.append(' ');
        return sb.toString();
    }

    /** One character per value, scaled to the largest; zero is the lowest block. */
    public static String sparkline(List<? extends Number> values) {
        double max = 0;
        for (Number v : values) max = Math.max(max, v.doubleValue());
        StringBuilder sb = new StringBuilder();
        for (Number v : values) {
            int level = max <= 0 ? 0 : (int) Math.round(v.doubleValue() / max * (SPARK.length - 1));
            sb.append(SPARK[level]);
        }
        return sb.toString();
    }

    /** Shade for a count: 0 is a dot, then four levels up to {@code max}. */
    public static char shade(int count, int max) {
        if (count <= 0 || max <= 0) return SHADES[0];
        int level = (int) Math.ceil(count * 4.0 / max);
        return SHADES[Math.max(1, Math.min(4, level))];
    }

    /** Colours a percentage-like fraction: green at or above {@code good}, yellow above 60 % of it, red below. */
    public String color(String text, double fraction, double good) {
        if (!colour) return text;
        String code = fraction >= good ? "32" : fraction >= good * 0.6 ? "33" : "31";
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    public String dim(String text) {
        return colour ? "\u001b[2m" + text + "\u001b[0m" : text;
    }

    public String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    /** 90 minutes → "90:00"; more than 99 minutes → "1h40m". */
    public static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s >= 100 * 60) return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        return String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "  – " : String.format(Locale.ROOT, "%3d%%", Math.round(fraction * 100));
    }

    /** Pads or cuts to exactly n characters. */
    public static String fit(String text, int n) {
        if (text.length() > n) return n <= 1 ? text.substring(0, n) : text.substring(0, n - 1) + "…";
        return text + " ".repeat(n - text.length());
    }
}
