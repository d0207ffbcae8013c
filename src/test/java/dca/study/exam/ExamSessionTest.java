package dca.study.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Domain;
import dca.deck.Option;
import dca.progress.ExamRecord;
import dca.study.Fixtures;
import dca.study.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExamSessionTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

    /** Two DOMC (networking, storage) then one MCQ (networking); right options first in each. */
    private ExamSession session(Duration limit) {
        List<ExamItem> items = new ArrayList<>();
        var a = Fixtures.choice("a", 2, "o4.1");
        var b = Fixtures.choice("b", 2, "o6.1");
        var c = Fixtures.choice("c", List.of(new Option("c1", true), new Option("c2", false), new Option("c3", true)), "o4.2");
        items.add(new DomcItem(a, null, Domain.NETWORKING, a.options()));
        items.add(new DomcItem(b, null, Domain.STORAGE, b.options()));
        items.add(new McqItem(c, null, Domain.NETWORKING, c.options()));
        return new ExamSession(items, ExamFormat.MIXED, clock, limit);
    }

    @Test
    void fullRunScoresPerDomain() {
        ExamSession s = session(Duration.ofMinutes(90));
        clock.advance(Duration.ofSeconds(30));
        assertSame(s.items().get(0), s.answerDomc(true));      // right option, YES: correct
        clock.advance(Duration.ofSeconds(30));
        assertSame(s.items().get(1), s.answerDomc(false));     // NO to the right option: wrong
        clock.advance(Duration.ofSeconds(30));
        assertSame(s.items().get(2), s.answerMcq(Set.of(0, 2)));
        assertTrue(s.over());
        assertEquals(ExamSession.End.FINISHED, s.end());
        ExamScore score = s.score();
        assertEquals(3, score.questions());
        assertEquals(2, score.correct());
        assertTrue(score.complete());
        assertEquals(Duration.ofSeconds(90), score.timeUsed());
        assertEquals(new ExamRecord.DomainScore(2, 2), score.domains().get(Domain.NETWORKING));
        assertEquals(new ExamRecord.DomainScore(1, 0), score.domains().get(Domain.STORAGE));
        assertEquals(List.of("b"), score.missed().stream().map(i -> i.card().prompt()).toList());
        ExamRecord rec = score.toRecord();
        assertEquals(List.of(s.items().get(1).card().id().value()), rec.missed());
        assertEquals(new ExamRecord.DomainScore(1, 0), rec.domains().get("storage"));
    }

    @Test
    void timeUpEndsTheExamAndCountsTheRestWrong() {
        ExamSession s = session(Duration.ofMinutes(10));
        s.answerDomc(true);
        clock.advance(Duration.ofMinutes(9));
        assertEquals(Duration.ofMinutes(1), s.remaining());
        assertFalse(s.over());
        clock.advance(Duration.ofMinutes(2));
        // The answer typed after the deadline is not counted.
        assertNull(s.answerDomc(true));
        assertTrue(s.over());
        assertEquals(ExamSession.End.TIME_UP, s.end());
        assertNull(s.current());
        ExamScore score = s.score();
        assertFalse(score.complete());
        assertEquals(1, score.correct());
        assertEquals(2, score.missed().size());
        assertEquals(Duration.ofMinutes(10), score.timeUsed());
        assertEquals(Duration.ZERO, s.remaining());
    }

    @Test
    void quitMidwayKeepsAPartialResult() {
        ExamSession s = session(Duration.ofMinutes(90));
        s.answerDomc(true);
        clock.advance(Duration.ofMinutes(3));
        s.quit();
        assertTrue(s.over());
        assertEquals(ExamSession.End.QUIT, s.end());
        ExamScore score = s.score();
        assertFalse(score.complete());
        assertEquals(3, score.questions());
        assertEquals(1, score.correct());
        assertEquals(Duration.ofMinutes(3), score.timeUsed());
    }
}
