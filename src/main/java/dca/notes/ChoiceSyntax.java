package dca.notes;

import dca.deck.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * A question followed by a GFM task list: {@code - [x]} right, {@code - [ ]} wrong; an optional
 * blockquote after the list explains, and its first URL becomes the card's link. An option ending in
 * {@code <!-- fixed -->} keeps its place when the options are shuffled.
 */
final class ChoiceSyntax implements Rule {
    /** The marker of an option that keeps its place: an HTML comment, so rendered notes do not show it. */
    static final String FIXED = "<!-- fixed -->";
    private static final Pattern URL = Pattern.compile("https?://[^\\s)<>\\]]+");
    private static final Pattern FIXED_COMMENT = Pattern.compile("(?i)<!--\\s*fixed\\s*-->");

    @Override
    public String name() {
        return "choice";
    }

    @Override
    public boolean implicit() {
        return false;
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof org.commonmark.node.Paragraph)) return Outcome.PASS;
        String text = b.tagged().text();
        Node next = b.next();
        if (next == null) return Outcome.PASS;
        boolean question = QaSyntax.isQuestion(text);
        if (isTaskList(next) && (question || text.contains("?") || text.endsWith(":"))) {
            String prompt = InlineText.oneLine(QaSyntax.question(text));
            return Outcome.claimed(1 + read(prompt, b.tagged().tags(), b.siblings(), b.index() + 1, b.ctx(), b.line(), x.sink()));
        }
        if (startsWithTask(next) && !isTaskList(next)) {
            x.problems().add(b.line(), "options and plain bullets run together in one list: end the options with a "
                    + "paragraph, or use another bullet marker (* or +) for the next list");
            return Outcome.claimed(1);
        }
        return Outcome.PASS;
    }

    /** A list whose every item starts with a task marker. */
    static boolean isTaskList(Node n) {
        if (!(n instanceof ListBlock list) || list.getFirstChild() == null) return false;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem) || !(item.getFirstChild() instanceof TaskListItemMarker)) return false;
        }
        return true;
    }

    /** A bullet list whose first item is a task item. */
    static boolean startsWithTask(Node n) {
        return n instanceof ListBlock list && list.getFirstChild() instanceof ListItem item
                && item.getFirstChild() instanceof TaskListItemMarker;
    }

    /**
     * Reads the question {@code prompt} with options in {@code blocks.get(at)}; returns how many blocks
     * were used (the list, and the blockquote when one follows).
     */
    static int read(String prompt, List<String> tags, List<Node> blocks, int at, Breadcrumbs ctx, int line, CardSink sink) {
        ListBlock list = (ListBlock) blocks.get(at);
        List<Option> options = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            TaskListItemMarker marker = (TaskListItemMarker) item.getFirstChild();
            String text = InlineText.oneLine(InlineText.range(marker.getNext(), null));
            options.add(new Option(text, marker.isChecked(), markedFixed(marker.getNext(), 0)));
        }
        int used = 1;
        String explanation = "";
        String link = "";
        if (at + 1 < blocks.size() && blocks.get(at + 1) instanceof BlockQuote quote) {
            used = 2;
            explanation = InlineText.of(quote);
            link = firstUrl(quote, 0);
        }
        sink.choice(prompt, options, explanation, link, ctx, line, tags);
        return used;
    }

    /** True when the option's inlines hold the {@code <!-- fixed -->} comment. */
    private static boolean markedFixed(Node first, int depth) {
        if (depth > 32) return false;
        for (Node n = first; n != null; n = n.getNext()) {
            if (n instanceof HtmlInline h && FIXED_COMMENT.matcher(h.getLiteral()).matches()) return true;
            if (!(n instanceof ListBlock) && markedFixed(n.getFirstChild(), depth + 1)) return true;
        }
        return false;
    }

    /** The first URL in reading order: a link's target or a bare URL in the text. */
    private static String firstUrl(Node n, int depth) {
        if (depth > 32) return "";
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link l && l.getDestination().regionMatches(true, 0, "http", 0, 4)) return l.getDestination();
            if (c instanceof Text t) {
                Matcher m = URL.matcher(t.getLiteral());
                if (m.find()) return m.group().replaceFirst("[.,;:]+$", "");
            }
            String inner = firstUrl(c, depth + 1);
            if (!inner.isEmpty()) return inner;
        }
        return "";
    }
}
