package dca.notes;

import dca.deck.BasicCard;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * {@code Q:} and {@code A:}: both in one paragraph ({@code A:} on its own line), or a {@code Q:}
 * paragraph followed by an {@code A:} paragraph; a list or fenced code right after the answer is part of it.
 */
final class QaSyntax implements Rule {
    static final Pattern Q = Pattern.compile("(?s)^Q[:.]\\s*(.*)$");
    private static final Pattern A_LINE = Pattern.compile("(?m)^A[:.]\\s*");
    private static final Pattern A = Pattern.compile("(?s)^A[:.]\\s*(.*)$");

    @Override
    public String name() {
        return "qa";
    }

    @Override
    public boolean implicit() {
        return false;
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof Paragraph) || !isQuestion(b.tagged().text())) return Outcome.PASS;
        return Outcome.claimed(read(b.tagged(), b.siblings(), b.index(), b.ctx(), b.line(), x.sink(), x.problems()));
    }

    static boolean isQuestion(String text) {
        return Q.matcher(text).matches();
    }

    static boolean isAnswer(String text) {
        return A.matcher(text).matches();
    }

    /** The question text without its {@code Q:} prefix. */
    static String question(String text) {
        Matcher m = Q.matcher(text);
        return m.matches() ? m.group(1).strip() : text;
    }

    /** Reads the Q/A starting at {@code blocks.get(at)}; returns how many blocks it used. */
    static int read(TagParser.Tagged tagged, List<Node> blocks, int at, Breadcrumbs ctx, int line, CardSink sink,
                    Problems problems) {
        String body = question(tagged.text());
        Matcher a = A_LINE.matcher(body);
        if (a.find()) {
            String q = InlineText.oneLine(body.substring(0, a.start()));
            String ans = body.substring(a.end()).strip();
            int used = 1 + followingAnswer(blocks, at + 1);
            sink.basic(BasicCard.Origin.QA, q, join(ans, followingText(blocks, at + 1)), ctx, line, tagged.tags());
            return used;
        }
        if (at + 1 < blocks.size() && blocks.get(at + 1) instanceof Paragraph next) {
            TagParser.Tagged answer = TagParser.split(InlineText.of(next));
            Matcher m = A.matcher(answer.text());
            if (m.matches()) {
                String ans = m.group(1).strip();
                int used = 2 + followingAnswer(blocks, at + 2);
                ans = join(ans, followingText(blocks, at + 2));
                List<String> tags = new java.util.ArrayList<>(tagged.tags());
                for (String t : answer.tags()) if (!tags.contains(t)) tags.add(t);
                sink.basic(BasicCard.Origin.QA, InlineText.oneLine(body), ans, ctx, line, tags);
                return used;
            }
        }
        problems.add(line, "Q: without A: add an answer paragraph starting with A:, or options as - [x] / - [ ]");
        return 1;
    }

    /** 1 when the block at {@code i} continues the answer: a list, or a code block (commands are answers). */
    private static int followingAnswer(List<Node> blocks, int i) {
        return followingText(blocks, i).isEmpty() ? 0 : 1;
    }

    private static String followingText(List<Node> blocks, int i) {
        if (i >= blocks.size()) return "";
        Node n = blocks.get(i);
        if (n instanceof ListBlock list && !ChoiceSyntax.isTaskList(list)) return listText(list);
        if (n instanceof FencedCodeBlock code) return code.getLiteral().strip();
        return "";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }

    /** A list as answer text, one "- item" per line (nested items indented). */
    static String listText(ListBlock list) {
        StringBuilder sb = new StringBuilder();
        appendList(list, "", sb, 0);
        return sb.toString().strip();
    }

    private static void appendList(ListBlock list, String indent, StringBuilder sb, int depth) {
        if (depth > 16) return;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            boolean first = true;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock inner) {
                    appendList(inner, indent + "  ", sb, depth + 1);
                } else {
                    String t = InlineText.oneLine(InlineText.of(c));
                    if (t.isEmpty()) continue;
                    sb.append(indent).append(first ? "- " : "  ").append(t).append('\n');
                    first = false;
                }
            }
        }
    }
}
