package dca.notes;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * A code fence that is never closed makes the rest of its file (or of its list item) code, so
 * nothing below it becomes a card, silently: {@code check} warns at the line that opened it.
 */
final class UnclosedFence {
    private UnclosedFence() {}

    /**
     * A fence opened longer than the one that closes it ({@code ````} … {@code ```}) hides the rest of
     * the file: the author meant them as a pair. The text with the opening made as long as its closing,
     * reported; null when no fence is so mismatched.
     */
    static String mend(Node document, String[] lines, Problems problems) {
        boolean changed = false;
        String[] out = lines.clone();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof FencedCodeBlock f) || f.getClosingFenceLength() != null || f.getOpeningFenceLength() == null
                    || f.getOpeningFenceLength() <= 3) {
                continue;
            }
            int open = InlineText.line(f) - 1;
            if (open < 0 || open >= lines.length) continue;
            String fence = String.valueOf(f.getFenceCharacter());
            int close = -1;
            for (int k = open + 1; k < lines.length; k++) {
                String t = lines[k].strip();
                if (t.length() >= 3 && t.length() < f.getOpeningFenceLength() && t.replace(fence, "").isEmpty()) {
                    close = k;
                    break;
                }
            }
            if (close < 0) continue;
            String shorter = fence.repeat(lines[close].strip().length());
            out[open] = lines[open].replaceFirst(java.util.regex.Pattern.quote(fence.repeat(f.getOpeningFenceLength())), shorter);
            problems.warn(open + 1, "code fence " + fence.repeat(f.getOpeningFenceLength()) + " is closed only by " + shorter
                    + " on line " + (close + 1) + ": read as a pair; make both fences the same length");
            changed = true;
        }
        return changed ? String.join("\n", out) : null;
    }

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
