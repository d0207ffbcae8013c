package dca.progress;

import dca.deck.CardId;
import dca.srs.Fsrs;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Child process for {@link ProgressKillTest}: answers cards as fast as it can and prints each
 * answer's sequence number (kept in the review's {@code ms}) once {@code answer} has returned.
 * Args: progress file, how many answers (0 = until killed).
 */
public final class ProgressWriterMain {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Instant t0 = Instant.parse("2026-11-23T09:00:00Z");
        Fsrs fsrs = new Fsrs(new Settings(0.9, 20, true, null).fsrsParameters());
        try (ProgressStore store = ProgressStore.open(file, Clock.fixed(t0, ZoneOffset.UTC))) {
            System.out.println("ready");
            System.out.flush();
            long seq = store.reviews().size();
            for (int i = 0; limit == 0 || i < limit; i++, seq++) {
                CardId id = new CardId("card-" + (seq % 40));
                Instant now = t0.plus(Duration.ofMinutes(seq));
                MemoryState before = store.card(id).map(CardProgress::memory).orElse(MemoryState.fresh(now));
                Rating r = Rating.values()[(int) (seq % 4)];
                MemoryState after = fsrs.next(before, r, now, id.value());
                store.answer(id, new CardProgress("chapter-5", "Prompt " + id, after), new ReviewRecord(id, now, r, "flash", seq));
                System.out.println(seq);
                System.out.flush();
            }
        }
    }
}
