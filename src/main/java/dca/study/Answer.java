package dca.study;

import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Instant;
import java.util.Set;

/**
 * The outcome of one answer.
 *
 * @param correct     for a choice question whether the picked letters were exactly the right ones;
 *                    null for a self-graded card
 * @param picked      the option indexes picked (choice questions), else empty
 * @param after       the card's memory state after the answer (unchanged when cramming)
 * @param rescheduled false when cramming
 */
public record Answer(Question question, Rating rating, Boolean correct, Set<Integer> picked, MemoryState after,
                     Instant at, boolean rescheduled) {
    public Answer {
        picked = Set.copyOf(picked);
    }
}
