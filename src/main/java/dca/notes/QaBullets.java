package dca.notes;

import java.util.List;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** {@code - Q: …} followed by {@code - A: …} as two bullets of one list. */
final class QaBullets implements Rule {
    @Override
    public String name() {
        return "qa-bullets";
    }

    @Override
    public boolean implicit() {
        return false;
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof ListItem q) || !(b.next() instanceof ListItem a)) return Outcome.PASS;
        if (!(q.getFirstChild() instanceof Paragraph qp) || qp.getNext() != null) return Outcome.PASS;
        if (!(a.getFirstChild() instanceof Paragraph ap)) return Outcome.PASS;
        TagParser.Tagged question = TagParser.split(InlineText.of(qp));
        if (!QaSyntax.isQuestion(question.text()) || question.text().contains("\nA:")) return Outcome.PASS;
        if (!QaSyntax.isAnswer(TagParser.split(InlineText.of(ap)).text())) return Outcome.PASS;
        List<Node> pair = List.of(qp, ap);
        QaSyntax.read(question, pair, 0, b.ctx(), InlineText.line(qp), x.sink(), x.problems());
        return Outcome.claimed(2);
    }
}
