package dca.srs;

import java.time.Instant;

/**
 * A card's scheduling state, field for field what ts-fsrs keeps on a card.
 *
 * @param state         new, learning, review or relearning
 * @param step          index into the learning or relearning steps (ts-fsrs {@code learning_steps})
 * @param stability     days until recall probability falls to 90 %
 * @param difficulty    1–10
 * @param due           when the card is next due
 * @param lastReview    when it was last reviewed, null for a new card
 * @param scheduledDays the interval in whole days that the last review gave (0 for minute steps)
 * @param reps          reviews so far
 * @param lapses        times a review card was forgotten
 */
public record MemoryState(CardState state, int step, double stability, double difficulty, Instant due,
                          Instant lastReview, int scheduledDays, int reps, int lapses) {

    /** A card never reviewed, due at {@code now}. */
    public static MemoryState fresh(Instant now) {
        return new MemoryState(CardState.NEW, 0, 0, 0, now, null, 0, 0, 0);
    }
}
