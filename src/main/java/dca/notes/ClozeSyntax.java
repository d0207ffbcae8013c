package dca.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cloze sentences: a {@code C:} paragraph or bullet whose {@code [hidden]} parts become blanks, or
 * {@code {{hidden}}} / {@code ==hidden==} anywhere. Links were rendered to their text already, so a
 * remaining {@code [..]} is never a link. One card per part.
 */
final class ClozeSyntax {
    private static final Pattern C_PREFIX = Pattern.compile("(?s)^C:\\s*(.*)$");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]\\n]+)]");
    private static final Pattern HIGHLIGHT = Pattern.compile("==([^=\\n](?:[^\\n]*?[^=\\n])?)==");
    private static final Pattern BRACES = Pattern.compile("\\{\\{(.+?)}}");

    private ClozeSyntax() {}

    /** True when the text is cloze syntax (a card or a reported problem came of it). */
    static boolean read(TagParser.Tagged tagged, Breadcrumbs ctx, int line, CardSink sink, Problems problems) {
        String text = InlineText.oneLine(tagged.text());
        Matcher c = C_PREFIX.matcher(text);
        String body;
        if (c.matches()) {
            body = BRACKETS.matcher(c.group(1)).replaceAll(m -> Matcher.quoteReplacement("{{" + m.group(1) + "}}"));
        } else if (text.contains("{{") || text.contains("==") && HIGHLIGHT.matcher(text).find()) {
            body = text;
        } else {
            return false;
        }
        body = HIGHLIGHT.matcher(body).replaceAll(m -> Matcher.quoteReplacement("{{" + m.group(1) + "}}"));
        String rest = BRACES.matcher(body).replaceAll("");
        if (rest.contains("{{")) {
            problems.add(line, "unclosed {{ in a cloze: close each hidden part with }}");
            return true;
        }
        if (!BRACES.matcher(body).find()) {
            problems.add(line, "cloze without a hidden part: mark one as [hidden] after C: or as {{hidden}}");
            return true;
        }
        sink.cloze(body, ctx, line, tagged.tags());
        return true;
    }
}
