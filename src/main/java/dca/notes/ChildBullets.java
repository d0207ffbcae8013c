package dca.notes;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;

/**
 * The nested bullets under a term bullet ("- Service - the unit of scheduling" then "  - once
 * deployed, its instances are tasks"), read as lines of the term's answer: they elaborate it, and
 * alone they are fragments. Only plain short facts qualify; a child that makes a card of its own
 * (a term bullet, a labelled command) leaves the children to their own rules. A child's own nested
 * bullets, when short, join it after a colon; link-only children are left out.
 */
final class ChildBullets {
    static final int MAX_CHILDREN = 10;
    static final int MAX_CHILD_WORDS = 30;
    static final int MAX_WORDS = 120;
    private static final int MAX_GRANDCHILDREN = 6;
    private static final int MAX_GRANDCHILD_WORDS = 8;

    private ChildBullets() {}

    /** The children as answer lines, or null when they are not plain short facts. */
    static List<String> lines(ListBlock list) {
        if (ChoiceSyntax.isTaskList(list)) return null;
        List<String> out = new ArrayList<>();
        int words = 0;
        for (ListItem child : Enumeration.items(list)) {
            if (!(child.getFirstChild() instanceof Paragraph cp)) return null;
            if (InlineText.isLinkOnly(cp) && cp.getNext() == null) continue;
            String text = Strings.stripTrailing(InlineText.oneLine(TagParser.split(InlineText.of(cp)).text()), " \t,;");
            if (text.isEmpty() || !TermChildren.plain(text) || TermChildren.cardShaped(cp) || Guards.isQuiz(text)) return null;
            if (Strings.words(text) > MAX_CHILD_WORDS) return null;
            if (cp.getNext() != null) {
                String nested = cp.getNext() instanceof ListBlock l && cp.getNext().getNext() == null ? inline(l) : null;
                if (nested == null) return null;
                text = Strings.stripTrailing(text, " \t:") + ": " + nested;
            }
            words += Strings.words(text);
            out.add(text);
        }
        if (out.isEmpty() || out.size() > MAX_CHILDREN || words > MAX_WORDS) return null;
        return out;
    }

    /** Short grandchildren on one line ("replicas: 5, update policy"), or null. */
    private static String inline(ListBlock list) {
        List<ListItem> items = Enumeration.items(list);
        if (items.isEmpty() || items.size() > MAX_GRANDCHILDREN) return null;
        StringBuilder sb = new StringBuilder();
        for (ListItem item : items) {
            if (!(item.getFirstChild() instanceof Paragraph p) || p.getNext() != null) return null;
            String text = Strings.stripTrailing(InlineText.oneLine(TagParser.split(InlineText.of(p)).text()), " \t,;.");
            if (text.isEmpty() || Strings.words(text) > MAX_GRANDCHILD_WORDS || !TermChildren.plain(text)) return null;
            sb.append(sb.length() == 0 ? "" : ", ").append(text);
        }
        return sb.toString();
    }

    /** The lines as Markdown bullets under {@code head}. */
    static String answer(String head, List<String> lines) {
        StringBuilder sb = new StringBuilder(head.strip());
        for (String l : lines) sb.append(sb.length() == 0 ? "" : "\n").append("- ").append(l);
        return sb.toString();
    }
}
