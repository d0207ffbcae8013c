package dca.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One mock exam in the history.
 *
 * @param format   mixed, mcq or domc
 * @param complete false when the exam was quit or timed out before every question was answered
 * @param domains  per domain slug: questions asked and answered right
 * @param missed   ids of the cards answered wrong or left unanswered
 */
public record ExamRecord(Instant startedAt, Instant finishedAt, String format, int questions, int correct,
                         boolean complete, Map<String, DomainScore> domains, List<String> missed) {
    public record DomainScore(int questions, int correct) {}

    public ExamRecord {
        domains = Map.copyOf(domains);
        missed = List.copyOf(missed);
    }
}
