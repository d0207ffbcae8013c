package dca.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;

/** {@code <!-- id: swarm-quorum -->}: the next card's identity, chosen by the author. */
final class PinnedId implements Rule {
    private static final Pattern ID_COMMENT = Pattern.compile("(?s)^\\s*<!--\\s*id\\s*:\\s*(.*?)\\s*-->\\s*$");

    @Override
    public String name() {
        return "pinned-id";
    }

    @Override
    public boolean implicit() {
        return false;
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof HtmlBlock h)) return Outcome.PASS;
        Matcher m = ID_COMMENT.matcher(h.getLiteral());
        if (!m.matches()) return Outcome.PASS;
        x.sink().pin(m.group(1), b.line());
        return Outcome.claimed(1);
    }
}
