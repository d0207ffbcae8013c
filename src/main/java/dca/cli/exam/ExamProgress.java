package dca.cli.exam;

import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.progress.CardProgress;
import dca.progress.ProgressException;
import dca.progress.ProgressStore;
import dca.progress.ReviewRecord;
import dca.srs.Fsrs;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.exam.ExamItem;
import dca.study.exam.ExamSession;
import java.time.Clock;
import java.time.Instant;

/**
 * Feeds exam answers into the schedule as they happen: a missed question's card is graded Again,
 * a right one Good (mode "exam"). Each answer is saved before the next question shows.
 */
public final class ExamProgress {
    private final ProgressStore store;
    private final Clock clock;
    private final Fsrs fsrs;

    public ExamProgress(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.fsrs = new Fsrs(store.settings().fsrsParameters());
    }

    public void answered(ExamItem item, ExamSession session) {
        Instant now = clock.instant();
        Rating rating = item.correct() ? Rating.GOOD : Rating.AGAIN;
        CardProgress old = store.card(item.card().id()).orElse(null);
        MemoryState before = old != null ? old.memory() : MemoryState.fresh(now);
        MemoryState after = fsrs.next(before, rating, now, item.card().id().value());
        String deck = item.deck() != null ? item.deck().name() : old != null ? old.deck() : "";
        try {
            store.answer(item.card().id(), new CardProgress(deck, item.card().prompt(), after),
                    new ReviewRecord(item.card().id(), now, rating, "exam", session.lastItemTime().toMillis()));
        } catch (ProgressException e) {
            throw new Failure(ExitCode.PROGRESS, e.getMessage(), e.hint(), e);
        }
    }
}
