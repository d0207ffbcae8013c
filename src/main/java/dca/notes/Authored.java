package dca.notes;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Whether blocks hold explicit syntax (Q:/A:, {@code ::}, a cloze, options, {@code <details>}): an
 * author who wrote the cards of a section chose what to ask, and no rule adds a guess over them.
 */
final class Authored {
    private static final int MAX_DEPTH = 40;

    private Authored() {}

    static boolean anyIn(List<Node> blocks) {
        if (ClozeSyntax.anyIn(blocks)) return true;
        for (Node n : blocks) if (anyIn(n, 0)) return true;
        return false;
    }

    private static boolean anyIn(Node n, int depth) {
        if (depth > MAX_DEPTH) return false;
        if (ChoiceSyntax.isTaskList(n) || DetailsSyntax.starts(n)) return true;
        if (n instanceof Paragraph p) {
            String text = TagParser.split(InlineText.of(p)).text();
            return QaSyntax.isQuestion(text) || QaSyntax.isAnswer(text) || text.contains(" :: ") || text.contains(" ::: ");
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) if (anyIn(c, depth + 1)) return true;
        return false;
    }
}
