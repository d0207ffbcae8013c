package dca.study;

import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Instant;
import java.util.Map;

/** What a session needs from the spaced-repetition algorithm; implemented over FSRS. */
public interface Scheduler {
    MemoryState next(MemoryState state, Rating rating, Instant now, String fuzzKey);

    /** The state each rating would give, for labelling the grade keys with their intervals. */
    Map<Rating, MemoryState> preview(MemoryState state, Instant now, String fuzzKey);

    /** Probability of recall at {@code now}; 0 for a card never reviewed. */
    double retrievability(MemoryState state, Instant now);

    /** The recall probability the schedule aims for (0.9 by default). */
    double desiredRetention();
}
