package dca.study;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardVisitor;
import dca.deck.Option;
import dca.deck.OptionOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Turns cards into questions. Term cards (with {@link Presentation#CHOICE}) get generated options:
 * the right definition and up to three distractors taken from sibling terms — same list first, then
 * the same chapter — never a duplicate of the answer, picked with a seed from the card id. Every
 * choice question, written or generated, shows its options in the order {@link OptionOrder} gives
 * for the card's review count: the same on a rerun or after an undo, another at the next review.
 */
public final class QuestionMaker {
    static final int MAX_OPTIONS = 4;

    private final Presentation presentation;

    public QuestionMaker(Presentation presentation) {
        this.presentation = presentation == null ? Presentation.AUTO : presentation;
    }

    /** The question for {@code item}, which has been answered {@code reviews} times before. */
    public Question question(StudyItem item, int reviews) {
        if (presentation == Presentation.FLASH) return Question.flash(item);
        return item.card().accept(CardVisitor.of(
                basic -> generated(item, basic, reviews),
                cloze -> Question.flash(item),
                list -> Question.flash(item),
                choice -> choice.options().size() >= 2 && !choice.correctOptions().isEmpty()
                        ? new Question(item, Question.Kind.CHOICE, OptionOrder.forReview(choice.id(), reviews, choice.options()),
                                choice.explanation(), choice.link(), false)
                        : Question.flash(item)));
    }

    /** A term card asked as a choice between its definition and its siblings'; else a flash question. */
    private Question generated(StudyItem item, BasicCard b, int reviews) {
        if (presentation == Presentation.CHOICE && b.origin() == BasicCard.Origin.TERM) {
            List<String> distractors = distractors(item);
            if (!distractors.isEmpty()) {
                List<Option> options = new ArrayList<>();
                options.add(new Option(b.answer(), true));
                for (String d : distractors) options.add(new Option(d, false));
                return new Question(item, Question.Kind.CHOICE, OptionOrder.forReview(b.id(), reviews, options), "", "", true);
            }
        }
        return Question.flash(item);
    }

    /** Answers of other term cards of the deck, those sharing the card's context first. */
    static List<String> distractors(StudyItem item) {
        BasicCard card = (BasicCard) item.card();
        List<String> sameList = new ArrayList<>();
        List<String> sameChapter = new ArrayList<>();
        for (Card other : item.deck().cards()) {
            if (other == card || !(other instanceof BasicCard b) || b.origin() != BasicCard.Origin.TERM) continue;
            if (b.id().equals(card.id()) || b.meta().note().equals(card.meta().note())) continue;
            (b.meta().context().equals(card.meta().context()) ? sameList : sameChapter).add(b.answer());
        }
        Set<String> seen = new HashSet<>();
        seen.add(CardId.normalize(card.answer()).toLowerCase(java.util.Locale.ROOT));
        List<String> out = new ArrayList<>();
        Random random = new Random(seed(card.id()));
        for (List<String> pool : List.of(sameList, sameChapter)) {
            List<String> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, random);
            for (String d : shuffled) {
                if (out.size() == MAX_OPTIONS - 1) return out;
                String key = CardId.normalize(d).toLowerCase(java.util.Locale.ROOT);
                if (key.isEmpty() || !seen.add(key)) continue;
                out.add(d);
            }
        }
        return out;
    }

    private static long seed(CardId id) {
        return id.value().hashCode();
    }
}
