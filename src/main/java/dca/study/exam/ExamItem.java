package dca.study.exam;

import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Option;
import java.util.List;

/** One exam question as the candidate meets it: a multiple-choice item or a DOMC item. */
public sealed interface ExamItem permits McqItem, DomcItem {
    ChoiceCard card();

    /** The deck the card came from (for the report's source and the progress file's deck). */
    Deck deck();

    Domain domain();

    /** Options in the order this exam presents them (shuffled by the draw). */
    List<Option> options();

    /** True once the candidate's answers settle the item (MCQ: answered; DOMC: decided). */
    boolean decided();

    /** Right or wrong; false while undecided. */
    boolean correct();

    /** What the candidate answered, for the report of a miss ("b, c" or "YES to: …"). */
    String given();
}
