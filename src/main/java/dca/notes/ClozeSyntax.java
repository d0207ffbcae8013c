package dca.notes;

import dca.deck.ClozeCard;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cloze sentences: a {@code C:} paragraph or bullet whose {@code [hidden]} parts become blanks, or
 * {@code {{hidden}}} / {@code ==hidden==} anywhere. Links were rendered to their text already, so a
 * remaining {@code [..]} is never a link. One card per part. Markers inside inline code are text:
 * {@code --format '{{.State.Status}}'} and {@code node.role == manager} are commands, not blanks;
 * code inside a hidden part ({@code {{`docker swarm init`}}}) still works.
 */
final class ClozeSyntax implements Rule {
    private static final Pattern C_PREFIX = Pattern.compile("(?s)^C:\\s*(.*)$");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]\\n]+)]");
    private static final Pattern HIGHLIGHT = Pattern.compile("==([^=\\n](?:[^\\n]*?[^=\\n])?)==");
    private static final Pattern BRACES = Pattern.compile("\\{\\{(.+?)}}");

    @Override
    public String name() {
        return "cloze";
    }

    @Override
    public boolean implicit() {
        return false;
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof org.commonmark.node.Paragraph)) return Outcome.PASS;
        return read(b.tagged(), b.ctx(), b.line(), x.sink(), x.problems()) ? Outcome.claimed(1) : Outcome.PASS;
    }

    /** True when the text is cloze syntax (a card or a reported problem came of it). */
    static boolean read(TagParser.Tagged tagged, Breadcrumbs ctx, int line, CardSink sink, Problems problems) {
        String text = InlineText.oneLine(tagged.text());
        Matcher c = C_PREFIX.matcher(text);
        String body;
        if (c.matches()) {
            body = outsideCode(BRACKETS, c.group(1), part -> "{{" + part + "}}");
        } else {
            if (!text.contains("{{") && !text.contains("==")) return false;
            String plain = maskCode(text);
            if (!plain.contains("{{") && !HIGHLIGHT.matcher(plain).find()) return false;
            body = text;
        }
        body = outsideCode(HIGHLIGHT, body, part -> "{{" + part + "}}");
        String flat = flattenNested(body);
        if (!flat.equals(body)) {
            problems.warn(line, "nested cloze: a hidden part inside another; the outer part is hidden whole"
                    + " (write the parts one after another: {{first}} and {{second}})");
            body = flat;
        }
        String rest = maskCode(outsideCode(BRACES, body, part -> ""));
        if (rest.contains("{{")) {
            problems.add(line, "unclosed {{ in a cloze: close each hidden part with }}");
            return true;
        }
        if (!BRACES.matcher(maskCode(body)).find()) {
            problems.add(line, "cloze without a hidden part: mark one as [hidden] after C: or as {{hidden}}");
            return true;
        }
        sink.cloze(body, ctx, line, tagged.tags());
        return true;
    }

    /** True when any paragraph under {@code blocks} is cloze syntax: the author chose what to blank. */
    static boolean anyIn(java.util.List<org.commonmark.node.Node> blocks) {
        for (org.commonmark.node.Node n : blocks) if (anyIn(n, 0)) return true;
        return false;
    }

    private static boolean anyIn(org.commonmark.node.Node n, int depth) {
        if (depth > 40) return false;
        if (n instanceof org.commonmark.node.Paragraph p) {
            String text = InlineText.oneLine(InlineText.of(p));
            if (C_PREFIX.matcher(text).matches()) return true;
            if (!text.contains("{{") && !text.contains("==")) return false;
            String plain = maskCode(text);
            return plain.contains("{{") || HIGHLIGHT.matcher(plain).find();
        }
        for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) if (anyIn(c, depth + 1)) return true;
        return false;
    }

    /**
     * Replaces each match of {@code p} that starts outside inline code with {@code replace(group 1)}.
     * Matching runs on the text with code masked, which keeps every offset, so the replaced part is
     * taken from the original text (code inside a hidden part survives).
     */
    private static String outsideCode(Pattern p, String text, Function<String, String> replace) {
        Matcher m = p.matcher(maskCode(text));
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(text, last, m.start()).append(replace.apply(text.substring(m.start(1), m.end(1))));
            last = m.end();
        }
        return sb.append(text.substring(last)).toString();
    }

    /** {@code {{a {{b}} c}}} as {@code {{a b c}}}: markers inside a hidden part (outside code) are dropped. */
    static String flattenNested(String body) {
        String masked = maskCode(body);
        StringBuilder out = new StringBuilder(body.length());
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            if (masked.startsWith("{{", i)) {
                if (depth++ == 0) out.append("{{");
                i++;
            } else if (depth > 0 && masked.startsWith("}}", i)) {
                if (--depth == 0) out.append("}}");
                i++;
            } else {
                out.append(body.charAt(i));
            }
        }
        return out.toString();
    }

    static String maskCode(String text) {
        return ClozeCard.maskCode(text);
    }
}
