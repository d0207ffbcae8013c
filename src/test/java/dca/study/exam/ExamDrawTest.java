package dca.study.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Option;
import dca.study.Fixtures;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExamDrawTest {
    private static Map<Domain, Integer> counted(List<ExamItem> items) {
        Map<Domain, Integer> m = new EnumMap<>(Domain.class);
        for (ExamItem i : items) m.merge(i.domain(), 1, Integer::sum);
        return m;
    }

    @Test
    void quotasUseLargestRemainderAndAddUp() {
        // 55 × (25,20,15,15,15,10)% = 13.75, 11, 8.25, 8.25, 8.25, 5.5 → 14, 11, 8, 8, 8, 6
        assertEquals(List.of(14, 11, 8, 8, 8, 6), List.copyOf(ExamDraw.quotas(55).values()));
        // 10 → 2.5, 2, 1.5, 1.5, 1.5, 1: floors add to 8; the two .5 remainders go to the heavier domains
        assertEquals(List.of(3, 2, 2, 1, 1, 1), List.copyOf(ExamDraw.quotas(10).values()));
        for (int n = 1; n <= 120; n++) {
            assertEquals(n, ExamDraw.quotas(n).values().stream().mapToInt(Integer::intValue).sum(), "n=" + n);
        }
    }

    @Test
    void fullExamHasWeightedDomainsThirteenMcqAndNoRepeats() {
        Deck deck = Fixtures.examDeck(20, 20, 20, 20, 20, 20);
        ExamDraw.Result r = ExamDraw.draw(List.of(deck), new ExamDraw.Spec(55, ExamFormat.MIXED, null, 7));
        assertEquals(55, r.items().size());
        assertEquals(ExamDraw.quotas(55), counted(r.items()));
        assertEquals(13, r.items().stream().filter(i -> i instanceof McqItem).count());
        assertEquals(42, r.items().stream().filter(i -> i instanceof DomcItem).count());
        Set<String> ids = new HashSet<>();
        for (ExamItem i : r.items()) assertTrue(ids.add(i.card().id().value()), "repeated " + i.card().prompt());
        assertTrue(r.notes().isEmpty(), r.notes().toString());
    }

    @Test
    void sameSeedSameExamOtherSeedOtherOrder() {
        Deck deck = Fixtures.examDeck(20, 20, 20, 20, 20, 20);
        ExamDraw.Spec spec = new ExamDraw.Spec(55, ExamFormat.MIXED, null, 42);
        List<String> a = describe(ExamDraw.draw(List.of(deck), spec).items());
        List<String> b = describe(ExamDraw.draw(List.of(deck), spec).items());
        List<String> c = describe(ExamDraw.draw(List.of(deck), new ExamDraw.Spec(55, ExamFormat.MIXED, null, 43)).items());
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    private static List<String> describe(List<ExamItem> items) {
        return items.stream().map(i -> i.getClass().getSimpleName() + i.card().prompt()
                + i.options().stream().map(Option::text).toList()).toList();
    }

    @Test
    void missingDomainIsFilledFromOthersAndSaid() {
        Deck deck = Fixtures.examDeck(20, 20, 20, 20, 20, 2);
        ExamDraw.Result r = ExamDraw.draw(List.of(deck), new ExamDraw.Spec(55, ExamFormat.MIXED, null, 1));
        assertEquals(55, r.items().size());
        assertEquals(2, counted(r.items()).get(Domain.STORAGE));
        assertTrue(r.notes().contains("storage has only 2 questions (6 wanted)"), r.notes().toString());
        assertTrue(r.notes().contains("4 questions drawn from other domains instead"), r.notes().toString());
    }

    @Test
    void tooFewQuestionsShrinksTheExam() {
        Deck deck = Fixtures.examDeck(3, 0, 0, 0, 0, 0);
        ExamDraw.Result r = ExamDraw.draw(List.of(deck), new ExamDraw.Spec(55, ExamFormat.MIXED, null, 1));
        assertEquals(3, r.items().size());
        assertTrue(r.notes().get(0).startsWith("only 3 questions available"), r.notes().toString());
    }

    @Test
    void domainAndFormatOptions() {
        Deck deck = Fixtures.examDeck(20, 20, 20, 20, 20, 20);
        ExamDraw.Result r = ExamDraw.draw(List.of(deck), new ExamDraw.Spec(10, ExamFormat.DOMC, Domain.NETWORKING, 3));
        assertEquals(10, r.items().size());
        assertTrue(r.items().stream().allMatch(i -> i.domain() == Domain.NETWORKING && i instanceof DomcItem));
        ExamDraw.Result m = ExamDraw.draw(List.of(deck), new ExamDraw.Spec(5, ExamFormat.MCQ, null, 3));
        assertTrue(m.items().stream().allMatch(i -> i instanceof McqItem));
    }

    @Test
    void allOfTheAboveQuestionsGoToMultipleChoice() {
        List<dca.deck.Card> cards = new java.util.ArrayList<>(Fixtures.examDeck(10, 0, 0, 0, 0, 0).cards());
        cards.add(Fixtures.choice("which apply", List.of(new Option("x", false), new Option("All of the above", true)), "o1.2"));
        Deck deck = new Deck("d", 1, "", List.of(Domain.ORCHESTRATION), "", cards);
        ExamDraw.Result r = ExamDraw.draw(List.of(deck), new ExamDraw.Spec(11, ExamFormat.MIXED, null, 5));
        ExamItem special = r.items().stream().filter(i -> i.card().prompt().equals("which apply")).findFirst().orElseThrow();
        assertTrue(special instanceof McqItem);
    }
}
