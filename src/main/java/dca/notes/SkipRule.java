package dca.notes;

import java.util.List;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;

/**
 * What is not study material claims its block and makes nothing: a to-do bullet, a checklist that
 * follows no question, a list of links, a list captioned as to-dos, links or resources, the
 * explanation quoted under a line of a question bank.
 */
final class SkipRule implements Rule {
    @Override
    public String name() {
        return "skip";
    }

    @Override
    public boolean implicit() {
        return false;
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        // The explanation quoted under a quiz line ("**Q1.** ✅ B") belongs to that question, not to the notes.
        if (b.node() instanceof org.commonmark.node.BlockQuote && b.previous() instanceof Paragraph q
                && Guards.isQuiz(TagParser.split(InlineText.of(q)).text())) {
            return Outcome.claimed(1);
        }
        if (b.node() instanceof ListItem item) {
            if (item.getFirstChild() instanceof Paragraph p && Guards.isTodo(TagParser.split(InlineText.of(p)).text())) {
                return Outcome.claimed(1);
            }
            return Outcome.PASS;
        }
        if (!(b.node() instanceof ListBlock list)) return Outcome.PASS;
        List<ListItem> items = Enumeration.items(list);
        if (items.isEmpty() || ChoiceSyntax.isTaskList(list) || isLinkOnly(items)) return Outcome.claimed(1);
        Paragraph caption = Enumeration.caption(b);
        if (caption != null && Guards.isSkippedCaption(InlineText.oneLine(TagParser.split(InlineText.of(caption)).text()))) {
            return Outcome.claimed(1);
        }
        return Outcome.PASS;
    }

    /**
     * Every item is a link and nothing else, or a link over a list that is itself only links (a
     * table of contents). An index whose links hold notes under them ("10. [Swarm](…)" then the
     * chapter's key points) is read: its notes are study material.
     */
    static boolean isLinkOnly(List<ListItem> items) {
        for (ListItem item : items) {
            if (!(item.getFirstChild() instanceof Paragraph p) || !InlineText.isLinkOnly(p)) return false;
            for (org.commonmark.node.Node n = p.getNext(); n != null; n = n.getNext()) {
                if (!(n instanceof ListBlock sub) || !isLinkOnly(Enumeration.items(sub))) return false;
            }
        }
        return true;
    }
}
