package dca.study.stats;

import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Instant;

/** The scheduler as stats needs it: recall probability, and the next state after a grade (no fuzz). */
public interface MemoryModel {
    /** Probability of recall at {@code at}; 0 for a card never studied. */
    double recall(MemoryState state, Instant at);

    MemoryState next(MemoryState state, Rating rating, Instant at);
}
