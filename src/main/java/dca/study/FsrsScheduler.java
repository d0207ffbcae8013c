package dca.study;

import dca.progress.Settings;
import dca.srs.Fsrs;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.stats.MemoryModel;
import java.time.Instant;
import java.util.Map;

/**
 * FSRS with the parameters a user's settings choose (desired retention, fuzz): the one scheduler
 * that study sessions, exams and stats all use.
 */
public final class FsrsScheduler implements Scheduler, MemoryModel {
    private final Fsrs fsrs;
    private final double desiredRetention;

    private FsrsScheduler(Fsrs fsrs, double desiredRetention) {
        this.fsrs = fsrs;
        this.desiredRetention = desiredRetention;
    }

    public static FsrsScheduler from(Settings settings) {
        return new FsrsScheduler(new Fsrs(settings.fsrsParameters()), settings.desiredRetention());
    }

    @Override
    public MemoryState next(MemoryState state, Rating rating, Instant now, String fuzzKey) {
        return fsrs.next(state, rating, now, fuzzKey);
    }

    @Override
    public Map<Rating, MemoryState> preview(MemoryState state, Instant now, String fuzzKey) {
        return fsrs.preview(state, now, fuzzKey);
    }

    @Override
    public double retrievability(MemoryState state, Instant now) {
        return fsrs.retrievability(state, now);
    }

    @Override
    public double desiredRetention() {
        return desiredRetention;
    }

    @Override
    public double recall(MemoryState state, Instant at) {
        return fsrs.retrievability(state, at);
    }

    /** Without a fuzz key: fuzz only spreads due dates, so a simulation never needs it. */
    @Override
    public MemoryState next(MemoryState state, Rating rating, Instant at) {
        return fsrs.next(state, rating, at, null);
    }
}
