package dca.study;

import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A scheduler with obvious numbers, so queue tests read easily: Again → relearn in 1 minute
 * (a lapse when the card was in review), Hard → 10 minutes of learning, Good → 1 day, Easy → 4 days;
 * recall falls linearly over the stability.
 */
final class FakeScheduler implements Scheduler {
    @Override
    public MemoryState next(MemoryState s, Rating r, Instant now, String fuzzKey) {
        int lapses = s.lapses() + (r == Rating.AGAIN && s.state() == CardState.REVIEW ? 1 : 0);
        return switch (r) {
            case AGAIN -> new MemoryState(s.state() == CardState.REVIEW ? CardState.RELEARNING : CardState.LEARNING,
                    0, 0.5, 8, now.plus(Duration.ofMinutes(1)), now, 0, s.reps() + 1, lapses);
            case HARD -> new MemoryState(CardState.LEARNING, 1, 1, 6, now.plus(Duration.ofMinutes(10)), now, 0, s.reps() + 1, lapses);
            case GOOD -> new MemoryState(CardState.REVIEW, 0, 3, 5, now.plus(Duration.ofDays(1)), now, 1, s.reps() + 1, lapses);
            case EASY -> new MemoryState(CardState.REVIEW, 0, 10, 3, now.plus(Duration.ofDays(4)), now, 4, s.reps() + 1, lapses);
        };
    }

    @Override
    public Map<Rating, MemoryState> preview(MemoryState s, Instant now, String fuzzKey) {
        Map<Rating, MemoryState> m = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) m.put(r, next(s, r, now, fuzzKey));
        return m;
    }

    @Override
    public double retrievability(MemoryState s, Instant now) {
        if (s.lastReview() == null || s.stability() <= 0) return 0;
        double days = Duration.between(s.lastReview(), now).toMinutes() / 1440.0;
        return Math.max(0, 1 - days / (s.stability() * 10));
    }

    @Override
    public double desiredRetention() { return 0.9; }
}
