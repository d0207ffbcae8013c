package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence of a paragraph or bullet, in {@link InlineText#marked} form (code in backticks,
 * emphasis between marks), with the line it starts on. {@link #split} cuts a paragraph at sentence
 * ends outside inline code, not after common abbreviations, and at line breaks that start a new
 * statement.
 */
record Sentence(String marked, int line, String lead) {
    Sentence(String marked, int line) {
        this(marked, line, "");
    }

    /**
     * The same sentence with {@code lead} to show before it on a card: the sentence before it, when
     * this one leans on it ("It …", "This means …"). {@link #NO_CONTEXT} marks one that leans on
     * something no card can show.
     */
    Sentence withLead(String lead) {
        return new Sentence(marked, line, lead);
    }

    static final String NO_CONTEXT = "\u0000";

    /** True when the sentence points back at something the card cannot show. */
    boolean lacksContext() {
        return NO_CONTEXT.equals(lead);
    }

    /** A cloze's text with the lead before it. */
    String withLeadBefore(String text) {
        return lead.isEmpty() || lacksContext() ? text : lead + " " + text;
    }

    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^[*+\\-•]\\s+");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "eg", "ie", "approx", "incl",
            "no", "nr", "ex", "min", "max", "cf", "mr", "dr", "sec", "fig");

    /** The sentence without emphasis marks, as a card shows it. */
    String text() {
        return InlineText.unmark(marked).strip();
    }

    int words() {
        return Strings.words(text());
    }

    static List<Sentence> split(String marked, int firstLine) {
        List<Sentence> out = new ArrayList<>();
        String masked = ClozeSyntax.maskCode(marked);
        int start = 0;
        int breaks = 0;
        int startBreaks = 0;
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            boolean cut = false;
            int end = i + 1;
            if (c == '\n') {
                char prev = previousVisible(masked, i);
                cut = startsStatement(nextVisible(masked, i + 1)) || prev == '.' || prev == ':' || prev == '!' || prev == '?';
                end = i;
                breaks++;
            } else if ((c == '.' || c == '!' || c == '?') && i + 1 < masked.length() && masked.charAt(i + 1) == ' ') {
                cut = startsStatement(nextVisible(masked, i + 1)) && !abbreviation(masked, i);
            }
            if (cut) {
                add(out, marked.substring(start, end), firstLine + startBreaks);
                start = i + 1;
                startBreaks = breaks;
            }
        }
        add(out, marked.substring(start), firstLine + startBreaks);
        return out;
    }

    private static void add(List<Sentence> out, String s, int line) {
        // A line that looks like a bullet but was read as paragraph text (wrong indentation) is a sentence of its own.
        String t = InlineText.oneLine(s);
        if (!t.isEmpty() && "*+-•".indexOf(t.charAt(0)) >= 0) t = BULLET.matcher(t).replaceFirst("");
        if (!InlineText.unmark(t).isBlank()) out.add(new Sentence(t, line));
    }

    private static boolean startsStatement(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '`' || c == '"' || c == '(' || c == '*' || c == '-';
    }

    private static char nextVisible(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != InlineText.STRONG && c != InlineText.EM) return c;
        }
        return 0;
    }

    private static char previousVisible(String s, int before) {
        for (int i = before - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c != ' ' && c != InlineText.STRONG && c != InlineText.EM) return c;
        }
        return 0;
    }

    /** True when the period at {@code dot} ends an abbreviation ("e.g.", "etc.") or a single letter ("N."). */
    private static boolean abbreviation(String s, int dot) {
        if (dot == 0 || !Character.isLetter(s.charAt(dot - 1))) return false;
        int b = dot;
        while (b > 0 && !Character.isWhitespace(s.charAt(b - 1)) && s.charAt(b - 1) != '(') b--;
        String word = s.substring(b, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() <= 1 || ABBREVIATIONS.contains(word);
    }
}
