package dca.notes;

import java.util.List;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Plain text of Markdown inlines: emphasis marks dropped, link text kept (never its URL), inline
 * code kept in backticks so a command stays recognisable, line breaks kept as {@code \n}.
 */
final class InlineText {
    /** Guards the recursion against absurdly nested input. */
    private static final int MAX_DEPTH = 64;
    private static final java.util.regex.Pattern BR = java.util.regex.Pattern.compile("(?i)<br\\s*/?>");
    private static final java.util.regex.Pattern BARE_URL = java.util.regex.Pattern.compile("(?i)https?://\\S+");

    private InlineText() {}

    /** Marks around strong emphasis in {@link #marked}: private-use characters, never in notes text. */
    static final char STRONG = '\uE000';
    /** Marks around emphasis (italics) in {@link #marked}. */
    static final char EM = '\uE001';

    /** Rules look at the same bullets and captions many times: the text is rendered once per parse. */
    static String of(Node parent) {
        if (parent == null) return "";
        return ParseScope.text(parent, InlineText::render);
    }

    private static String render(Node parent) {
        StringBuilder sb = new StringBuilder();
        append(parent.getFirstChild(), null, sb, 0, false);
        return tidy(sb.toString());
    }

    /**
     * Like {@link #of}, with bold text between {@link #STRONG} marks and italics between {@link #EM}
     * marks: what the author emphasised, for the rules that hide it. {@link #unmark} removes them.
     */
    static String marked(Node parent) {
        if (parent == null) return "";
        StringBuilder sb = new StringBuilder();
        append(parent.getFirstChild(), null, sb, 0, true);
        return tidy(sb.toString());
    }

    static String unmark(String s) {
        if (s.indexOf(STRONG) < 0 && s.indexOf(EM) < 0) return s;
        return s.replace(String.valueOf(STRONG), "").replace(String.valueOf(EM), "");
    }

    /** Text of the inlines from {@code first} up to (not including) {@code end}. */
    static String range(Node first, Node end) {
        StringBuilder sb = new StringBuilder();
        append(first, end, sb, 0, false);
        return tidy(sb.toString());
    }

    private static void append(Node first, Node end, StringBuilder sb, int depth, boolean marks) {
        if (depth > MAX_DEPTH) return;
        for (Node n = first; n != null && n != end; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append('`').append(c.getLiteral()).append('`');
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append('\n');
            } else if (n instanceof HtmlInline h) {
                String lit = h.getLiteral();
                if (!lit.startsWith("<!--")) sb.append(BR.matcher(lit).matches() ? "\n" : lit);
            } else if (n instanceof Image img) {
                append(img.getFirstChild(), null, sb, depth + 1, marks);
            } else if (n instanceof TaskListItemMarker) {
                // the [x] of a task item is read by the choice syntax, not shown as text
            } else if (n instanceof Paragraph) {
                if (sb.length() > 0) sb.append('\n');
                append(n.getFirstChild(), null, sb, depth + 1, marks);
            } else if (marks && (n instanceof StrongEmphasis || n instanceof Emphasis)) {
                char mark = n instanceof StrongEmphasis ? STRONG : EM;
                sb.append(mark);
                append(n.getFirstChild(), null, sb, depth + 1, marks);
                sb.append(mark);
            } else {
                append(n.getFirstChild(), null, sb, depth + 1, marks);
            }
        }
    }

    /** Collapses runs of spaces and tabs on each line and trims the whole. */
    static String tidy(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                space = true;
            } else if (c == '\n') {
                space = false;
                trimEnd(out);
                out.append('\n');
            } else {
                if (space && out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
    }

    /** Joins lines into one: what a prompt reads like. */
    static String oneLine(String s) {
        return s.indexOf('\n') < 0 ? s.strip() : tidy(s.replace('\n', ' '));
    }

    static boolean isLinkOnly(Node paragraph) {
        boolean link = false;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link) {
                link = true;
            } else if (n instanceof Text t) {
                if (!Strings.onlyChars(t.getLiteral(), " \t-–—,;:()|*•")) return false;
            } else if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak)) {
                return false;
            }
        }
        return link || BARE_URL.matcher(InlineText.of(paragraph)).matches();
    }

    /** The 1-based line a node starts on, 0 when unknown. */
    static int line(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            List<SourceSpan> spans = x.getSourceSpans();
            if (spans != null && !spans.isEmpty()) return spans.get(0).getLineIndex() + 1;
        }
        return 0;
    }
}
