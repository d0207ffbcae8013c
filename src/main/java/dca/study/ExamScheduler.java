package dca.study;

import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Exam mode: the scheduler's states with no interval running past the exam date (see
 * {@link ExamCalendar#keepInside}); memory (stability, difficulty) is the scheduler's own.
 */
public record ExamScheduler(Scheduler inner, ExamCalendar calendar) implements Scheduler {
    @Override
    public MemoryState next(MemoryState state, Rating rating, Instant now, String fuzzKey) {
        return calendar.keepInside(inner.next(state, rating, now, fuzzKey), now, fuzzKey);
    }

    @Override
    public Map<Rating, MemoryState> preview(MemoryState state, Instant now, String fuzzKey) {
        Map<Rating, MemoryState> out = new EnumMap<>(Rating.class);
        inner.preview(state, now, fuzzKey).forEach((r, s) -> out.put(r, calendar.keepInside(s, now, fuzzKey)));
        return out;
    }

    @Override
    public double retrievability(MemoryState state, Instant now) {
        return inner.retrievability(state, now);
    }

    @Override
    public double desiredRetention() {
        return inner.desiredRetention();
    }

    /** The scheduler for these settings: exam mode wrapped around it when it is in force. */
    public static Scheduler of(Scheduler inner, dca.progress.Settings settings, java.time.ZoneId zone) {
        return settings.examModeActive() ? new ExamScheduler(inner, ExamCalendar.of(settings.examDate(), zone)) : inner;
    }
}
