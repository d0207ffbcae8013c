package dca.study.exam;

import dca.progress.CardProgress;
import dca.progress.ProgressException;
import dca.progress.ReviewRecord;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.ProgressLog;
import dca.study.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Feeds exam answers into the schedule as they happen: a missed question's card is graded Again,
 * a right one Good (mode "exam"). Each answer is durable before {@link #answered} returns, so it is
 * saved before the next question shows.
 */
public final class ExamRecorder {
    private final ProgressLog log;
    private final Scheduler scheduler;
    private final Clock clock;

    public ExamRecorder(ProgressLog log, Scheduler scheduler, Clock clock) {
        this.log = log;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Records a decided item; {@code took}: the time spent on it. */
    public void answered(ExamItem item, Duration took) throws ProgressException {
        Instant now = clock.instant();
        Rating rating = item.correct() ? Rating.GOOD : Rating.AGAIN;
        CardProgress old = log.cards().get(item.card().id());
        MemoryState before = old != null ? old.memory() : MemoryState.fresh(now);
        MemoryState after = scheduler.next(before, rating, now, item.card().id().value());
        String deck = item.deck() != null ? item.deck().name() : old != null ? old.deck() : "";
        log.answer(item.card().id(), new CardProgress(deck, item.card().prompt(), after),
                new ReviewRecord(item.card().id(), now, rating, "exam", took.toMillis()));
    }
}
