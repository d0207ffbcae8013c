package dca.notes;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * A code fence that is never closed makes the rest of its file (or of its list item) code, so
 * nothing below it becomes a card, silently: {@code check} warns at the line that opened it.
 */
final class UnclosedFence {
    private UnclosedFence() {}

    static void check(Node document, Problems problems) {
        check(document, problems, 0);
    }

    private static void check(Node n, Problems problems, int depth) {
        if (depth > 40) return;
        if (n instanceof FencedCodeBlock f && f.getClosingFenceLength() == null) {
            String fence = String.valueOf(f.getFenceCharacter()).repeat(Math.max(3, f.getOpeningFenceLength() == null ? 3 : f.getOpeningFenceLength()));
            problems.warn(InlineText.line(f), "code fence " + fence + " is never closed: everything after it is read as code and"
                    + " makes no cards; close it with " + fence);
            return;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) check(c, problems, depth + 1);
    }
}
