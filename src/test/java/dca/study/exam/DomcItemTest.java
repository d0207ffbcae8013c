package dca.study.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.ChoiceCard;
import dca.deck.Domain;
import dca.deck.Option;
import dca.study.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomcItemTest {
    private static final Option R1 = new Option("r1", true), R2 = new Option("r2", true);
    private static final Option W1 = new Option("w1", false), W2 = new Option("w2", false);

    private static DomcItem item(Option... order) {
        ChoiceCard card = Fixtures.choice("q", List.of(order));
        return new DomcItem(card, null, Domain.NETWORKING, List.of(order));
    }

    @Test
    void yesOnTheRightOptionEndsCorrectAndHidesTheRest() {
        DomcItem it = item(W1, R1, W2);
        assertEquals(W1, it.current());
        assertFalse(it.answer(false));
        assertEquals(R1, it.current());
        assertTrue(it.answer(true));
        assertTrue(it.correct());
        assertNull(it.current());
        assertEquals(List.of(W1, R1), it.shown());
        assertThrows(IllegalStateException.class, () -> it.answer(false));
    }

    @Test
    void yesOnAWrongOptionEndsIncorrect() {
        DomcItem it = item(W1, R1, W2);
        assertTrue(it.answer(true));
        assertFalse(it.correct());
        assertEquals(List.of(W1), it.shown());
    }

    @Test
    void noOnTheRightOptionEndsIncorrect() {
        DomcItem it = item(R1, W1, W2);
        assertTrue(it.answer(false));
        assertFalse(it.correct());
        assertEquals(1, it.shown().size());
    }

    @Test
    void multiAnswerIsCorrectOnlyWhenTheLastRightOptionGetsYes() {
        DomcItem it = item(R1, W1, R2, W2);
        assertFalse(it.answer(true));   // one of two right: not decided yet
        assertFalse(it.answer(false));  // wrong rejected
        assertTrue(it.answer(true));    // second right: decided, W2 never shown
        assertTrue(it.correct());
        assertEquals(3, it.shown().size());
    }

    @Test
    void multiAnswerFailsOnWrongYesAfterARightYes() {
        DomcItem it = item(R1, W1, R2);
        it.answer(true);
        assertTrue(it.answer(true));
        assertFalse(it.correct());
    }

    @Test
    void multiAnswerFailsOnNoToASecondRightOption() {
        DomcItem it = item(W1, R1, R2);
        it.answer(false);
        it.answer(true);
        assertTrue(it.answer(false));
        assertFalse(it.correct());
        assertTrue(it.given().contains("NO to \"r2\""), it.given());
    }

    @Test
    void rejectsAQuestionWithoutARightOption() {
        assertThrows(IllegalArgumentException.class, () -> item(W1, W2));
    }
}
