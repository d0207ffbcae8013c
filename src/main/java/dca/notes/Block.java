package dca.notes;

import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * A block offered to the rules: the node among its siblings, its context, the heading whose
 * section it is in ({@code null} at the top of a chapter or a bullet), and whether it is the first
 * paragraph of a bullet. A paragraph's text is read once and shared by every rule that looks at it.
 */
final class Block {
    private final List<Node> siblings;
    private final int index;
    private final Breadcrumbs ctx;
    private final Heading heading;
    private final boolean inItem;
    private TagParser.Tagged tagged;

    Block(List<Node> siblings, int index, Breadcrumbs ctx, Heading heading, boolean inItem) {
        this.siblings = siblings;
        this.index = index;
        this.ctx = ctx;
        this.heading = heading;
        this.inItem = inItem;
    }

    List<Node> siblings() {
        return siblings;
    }

    int index() {
        return index;
    }

    Breadcrumbs ctx() {
        return ctx;
    }

    /** The heading of the section this block is in, or null. */
    Heading heading() {
        return heading;
    }

    /** True for the first paragraph of a bullet. */
    boolean inItem() {
        return inItem;
    }

    Node node() {
        return siblings.get(index);
    }

    /** The sibling {@code offset} blocks away, or null. */
    Node at(int offset) {
        int i = index + offset;
        return i >= 0 && i < siblings.size() ? siblings.get(i) : null;
    }

    Node next() {
        return at(1);
    }

    Node previous() {
        return at(-1);
    }

    /** The list item this block opens, when it is a bullet's first paragraph. */
    ListItem item() {
        return inItem && node().getParent() instanceof ListItem item ? item : null;
    }

    int line() {
        return InlineText.line(node());
    }

    /**
     * The same paragraph read as the lines under its label: "*Host*" alone on its first line names
     * what the lines below it say, as a heading would.
     */
    Block underLabel(String label, TagParser.Tagged rest) {
        Block b = new Block(siblings, index, ctx.with(label), heading, inItem);
        b.tagged = rest;
        return b;
    }

    /** A paragraph's text with its trailing tags split off; empty for other blocks. */
    TagParser.Tagged tagged() {
        if (tagged == null) {
            tagged = node() instanceof Paragraph p ? TagParser.split(InlineText.of(p)) : new TagParser.Tagged("", List.of());
        }
        return tagged;
    }

    /** The paragraph's text on one line, tags removed. */
    String text() {
        return InlineText.oneLine(tagged().text());
    }
}
