package dca.study.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dca.deck.Domain;
import dca.progress.ExamRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExamHistoryTest {
    static ExamRecord exam(int questions, int correct, boolean complete, Map<String, ExamRecord.DomainScore> domains) {
        Instant t = Instant.parse("2026-12-01T09:00:00Z");
        return new ExamRecord(t, t.plusSeconds(600), "mixed", questions, correct, complete, domains, List.of());
    }

    @Test
    void onlyCompleteExamsMakeTheTrendAndTheDomainTotals() {
        ExamHistory h = new ExamHistory(List.of(
                exam(55, 30, true, Map.of("networking", new ExamRecord.DomainScore(8, 4))),
                exam(55, 2, false, Map.of("networking", new ExamRecord.DomainScore(8, 1))),
                exam(3, 2, true, Map.of("networking", new ExamRecord.DomainScore(2, 2), "storage", new ExamRecord.DomainScore(1, 0)))));
        assertEquals(3, h.exams().size());
        assertEquals(List.of(55, 67), h.completeScores()); // 30/55 = 54.5 → 55; 2/3 → 67
        assertEquals(12, h.change());
        assertEquals(Map.of(Domain.NETWORKING, new ExamRecord.DomainScore(10, 6), Domain.STORAGE, new ExamRecord.DomainScore(1, 0)),
                h.domainTotals());
    }

    @Test
    void noTrendWithFewerThanTwoCompleteExams() {
        ExamHistory h = new ExamHistory(List.of(exam(10, 5, true, Map.of()), exam(0, 0, false, Map.of())));
        assertEquals(List.of(50), h.completeScores());
        assertEquals(0, h.change());
        assertEquals(0, ExamHistory.percent(exam(0, 0, true, Map.of())));
    }
}
