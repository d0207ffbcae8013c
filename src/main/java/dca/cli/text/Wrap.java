package dca.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word wrap for everything dca prints to a person: lines break only at spaces, so a word, a path
 * ({@code ./notes}, {@code ~/.local}) or {@code file:line} stays whole; only a word longer than
 * the whole width is broken. Text may carry SGR colour codes: they take no columns.
 */
public final class Wrap {
    private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");

    private Wrap() {}

    /** {@code text} in lines of at most {@code width} columns, each starting with {@code indent}. */
    public static List<String> lines(String text, int width, String indent) {
        return hanging(text, width, indent, indent);
    }

    /**
     * As {@link #lines}, the first line starting with {@code first} and the others with
     * {@code rest}: "  a) an option that goes on" / "     and on", "why:   …" / "       …".
     */
    public static List<String> hanging(String text, int width, String first, String rest) {
        List<String> out = new ArrayList<>();
        String lead = first;
        for (String para : text.replace("\r", "").split("\n", -1)) {
            List<String> words = Arrays.asList(para.split(" ", -1));
            List<String> laid = words(words, width, lead, rest, " ");
            out.addAll(laid);
            lead = rest;
        }
        return out;
    }

    /**
     * Words (or groups of words that stay together, such as the keys "u undo") laid out at
     * {@code gap}s: the first line after {@code first}, the others after {@code rest}.
     */
    public static List<String> words(List<String> words, int width, String first, String rest, String gap) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int used = visible(first);
        boolean empty = true;
        for (String word : words) {
            int w = visible(word);
            int room = Math.max(10, width - visible(out.isEmpty() ? first : rest));
            if (!empty && used + visible(gap) + w > width) {
                out.add(stripEnd(line.toString()));
                line = new StringBuilder(rest);
                used = visible(rest);
                empty = true;
            }
            // A word wider than the whole line is broken (a long URL); nothing else is.
            while (w > room && !hasStyle(word)) {
                int take = Math.max(1, width - used);
                line.append(word, 0, Math.min(take, word.length()));
                out.add(line.toString());
                word = word.substring(Math.min(take, word.length()));
                w = word.length();
                line = new StringBuilder(rest);
                used = visible(rest);
                room = Math.max(10, width - used);
            }
            if (!empty) {
                line.append(gap);
                used += visible(gap);
            }
            line.append(word);
            used += w;
            empty = false;
        }
        out.add(stripEnd(line.toString()));
        return out;
    }

    /** Columns a string takes on screen: its length without SGR codes. */
    public static int visible(String s) {
        return s.indexOf('\u001b') < 0 ? s.length() : SGR.matcher(s).replaceAll("").length();
    }

    private static boolean hasStyle(String s) {
        return s.indexOf('\u001b') >= 0;
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return s.substring(0, end);
    }

    /** At most {@code width} columns: longer text is cut and ends with "…" (for table cells and one-line labels). */
    public static String cut(String s, int width) {
        if (s.length() <= width) return s;
        if (width <= 1) return s.substring(0, Math.max(0, width));
        return s.substring(0, width - 1).stripTrailing() + "…";
    }

    /** The text up to its first line break. */
    public static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
