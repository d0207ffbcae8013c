package dca.notes;

import dca.deck.BasicCard;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Paragraph;

/** A question answered on the same line or bullet: "Why a shim per container? So containers outlive the daemon." */
final class QuestionLine implements Rule {
    private static final Pattern QA = Pattern.compile(
            "(?i)^((?:what|why|how|when|where|which|who|whose|can|could|does|do|did|is|are|should|will|would)\\b[^?]{6,160}\\?)\\s+(\\S.*)$");

    @Override
    public String name() {
        return "question-line";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof Paragraph)) return Outcome.PASS;
        Matcher m = QA.matcher(b.text());
        if (!m.matches()) return Outcome.PASS;
        String question = m.group(1).strip();
        String answer = m.group(2).strip();
        if (Guards.isQuiz(answer) || Strings.words(question) < 3) return Outcome.miss("not a question with its answer");
        return x.sink().offerBasic(BasicCard.Origin.QA, question, answer, b.ctx(), b.line(), b.tagged().tags())
                ? Outcome.claimed(1) : Outcome.PASS;
    }
}
