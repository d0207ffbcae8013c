package dca.study.exam;

import dca.deck.Domain;
import dca.progress.ExamRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exam's result: overall, per domain (only the domains that had questions), and every item
 * answered wrong or left unanswered.
 */
public record ExamScore(ExamFormat format, Instant startedAt, Instant finishedAt, int questions, int correct,
                        boolean complete, ExamSession.End end, Map<Domain, ExamRecord.DomainScore> domains,
                        List<ExamItem> missed) {

    static ExamScore of(List<ExamItem> items, ExamFormat format, Instant start, Instant finish, boolean complete,
                        ExamSession.End end) {
        Map<Domain, int[]> counts = new EnumMap<>(Domain.class);
        List<ExamItem> missed = new ArrayList<>();
        int correct = 0;
        for (ExamItem item : items) {
            int[] c = counts.computeIfAbsent(item.domain(), d -> new int[2]);
            c[0]++;
            if (item.correct()) {
                c[1]++;
                correct++;
            } else {
                missed.add(item);
            }
        }
        Map<Domain, ExamRecord.DomainScore> domains = new EnumMap<>(Domain.class);
        counts.forEach((d, c) -> domains.put(d, new ExamRecord.DomainScore(c[0], c[1])));
        return new ExamScore(format, start, finish, items.size(), correct, complete, end, domains, missed);
    }

    public ExamScore {
        Map<Domain, ExamRecord.DomainScore> copy = new EnumMap<>(Domain.class);
        copy.putAll(domains);
        domains = java.util.Collections.unmodifiableMap(copy);
        missed = List.copyOf(missed);
    }

    public Duration timeUsed() {
        return Duration.between(startedAt, finishedAt);
    }

    /** Percent right, 0–100, rounded to the nearest whole number like every other percentage dca shows. */
    public int percent() {
        return questions == 0 ? 0 : (int) Math.round(correct * 100.0 / questions);
    }

    public ExamRecord toRecord() {
        Map<String, ExamRecord.DomainScore> bySlug = new LinkedHashMap<>();
        domains.forEach((d, s) -> bySlug.put(d.slug(), s));
        List<String> ids = missed.stream().map(i -> i.card().id().value()).toList();
        return new ExamRecord(startedAt, finishedAt, format.label(), questions, correct, complete, bySlug, ids);
    }
}
