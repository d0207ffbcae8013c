package dca.notes;

import dca.deck.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * A question followed by a GFM task list: {@code - [x]} right, {@code - [ ]} wrong; an optional
 * blockquote after the list explains, and its first URL becomes the card's link.
 */
final class ChoiceSyntax implements Rule {
    private static final Pattern URL = Pattern.compile("https?://[^\\s)<>\\]]+");

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
            options.add(new Option(text, marker.isChecked()));
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
