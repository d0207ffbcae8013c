package dca.study.exam;

import dca.deck.Domain;
import dca.progress.ExamRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Past exams and their trend. Only complete exams count towards the trend and the per-domain
 * totals: a quit or timed-out exam is listed, but it says little about what you know.
 */
public final class ExamHistory {
    private final List<ExamRecord> exams;
    private final List<Integer> completeScores = new ArrayList<>();
    private final Map<Domain, ExamRecord.DomainScore> domains = new EnumMap<>(Domain.class);

    public ExamHistory(List<ExamRecord> exams) {
        this.exams = List.copyOf(exams);
        Map<Domain, int[]> sums = new EnumMap<>(Domain.class);
        for (ExamRecord r : this.exams) {
            if (!r.complete()) continue;
            completeScores.add(percent(r));
            r.domains().forEach((slug, s) -> Domain.parse(slug).ifPresent(d -> {
                int[] c = sums.computeIfAbsent(d, k -> new int[2]);
                c[0] += s.questions();
                c[1] += s.correct();
            }));
        }
        sums.forEach((d, c) -> domains.put(d, new ExamRecord.DomainScore(c[0], c[1])));
    }

    /** The score in whole percent; 0 for an exam without questions. */
    public static int percent(ExamRecord r) {
        return r.questions() == 0 ? 0 : (int) Math.round(r.correct() * 100.0 / r.questions());
    }

    /** Oldest first. */
    public List<ExamRecord> exams() { return exams; }

    /** The percent scores of the complete exams, oldest first. */
    public List<Integer> completeScores() { return Collections.unmodifiableList(completeScores); }

    /** Questions and right answers per domain, summed over the complete exams. */
    public Map<Domain, ExamRecord.DomainScore> domainTotals() { return Collections.unmodifiableMap(domains); }

    /** Points gained from the first complete exam to the last; 0 with fewer than two. */
    public int change() {
        return completeScores.size() < 2 ? 0 : completeScores.get(completeScores.size() - 1) - completeScores.get(0);
    }
}
