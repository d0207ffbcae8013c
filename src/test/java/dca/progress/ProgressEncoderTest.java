package dca.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dca.deck.CardId;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incremental writer: what it writes reads back identically, whatever changed in between. */
class ProgressEncoderTest {
    @TempDir
    Path dir;

    @Test
    void awkwardTextRoundTrips() throws Exception {
        ProgressData d = new ProgressData();
        String prompt = "Quote \" backslash \\ newline\n tab\t bell\u0007 unicode é ≠ 🐳 </script>";
        d.cards.put(new CardId("a"), new CardProgress("deck \"x\"", prompt,
                new MemoryState(CardState.RELEARNING, 0, 1e-3, 10, Instant.parse("2026-01-01T00:00:00.000000001Z"), null, 0, 1, 1)));
        d.reviews.add(new ReviewRecord(new CardId("a"), Instant.parse("+12026-01-01T00:00:00Z"), Rating.EASY, "mode \"q\"", -1));
        d.exams.add(new ExamRecord(Instant.EPOCH, null, "domc", 1, 0, false, java.util.Map.of("a\"b", new ExamRecord.DomainScore(1, 0)),
                List.of("x\ny")));
        ProgressData back = roundTrip(new ProgressEncoder(), d);
        assertEquals(d.cards, back.cards);
        assertEquals(d.reviews, back.reviews);
        assertEquals(d.exams, back.exams);
    }

    @Test
    void incrementalWritesEqualFreshWrites() throws Exception {
        Random random = new Random(7);
        ProgressEncoder incremental = new ProgressEncoder();
        ProgressData d = new ProgressData();
        for (int step = 0; step < 300; step++) {
            int op = random.nextInt(10);
            CardId id = new CardId("c" + random.nextInt(20));
            if (op < 6 || d.reviews.isEmpty()) {
                d.cards.put(id, new CardProgress("chapter-1", "p" + step, MemoryState.fresh(Instant.ofEpochSecond(step))));
                d.reviews.add(new ReviewRecord(id, Instant.ofEpochSecond(step), Rating.GOOD, "flash", step));
            } else if (op < 8) {
                int i = random.nextInt(d.reviews.size());
                d.reviews.remove(i);
                d.reviewChanged(i);
            } else {
                int i = random.nextInt(d.reviews.size());
                ReviewRecord r = d.reviews.get(i);
                d.reviews.set(i, new ReviewRecord(id, r.at(), Rating.HARD, r.mode(), r.ms()));
                d.reviewChanged(i);
            }
            ProgressData inc = roundTrip(incremental, d);
            ProgressData fresh = roundTrip(new ProgressEncoder(), d);
            assertEquals(fresh.reviews, inc.reviews, "step " + step);
            assertEquals(d.reviews, inc.reviews, "step " + step);
            assertEquals(d.cards, inc.cards);
        }
    }

    @Test
    void instantsMatchTheJdkAndRejectNonsense() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong() % 200_000_000_000L / 1000 * (random.nextBoolean() ? 1 : -1),
                    switch (i % 4) { case 0 -> 0; case 1 -> random.nextInt(1000) * 1_000_000; case 2 -> random.nextInt(1_000_000) * 1000; default -> random.nextInt(1_000_000_000); });
            assertEquals(t.toString(), IsoInstant.format(t));
            assertEquals(t, IsoInstant.parse(t.toString()));
        }
        for (String bad : List.of("2026-02-30T00:00:00Z", "2026-11-23T09:00:00",
                "2026-11-23T09:0a:00Z", "tomorrow", "2026-11-23T09:00:00.1234567890Z")) {
            assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(bad), bad);
        }
        assertEquals(Instant.parse("2026-11-23T09:00:00.5Z"), IsoInstant.parse("2026-11-23T09:00:00.5Z"));
    }

    private static ProgressData roundTrip(ProgressEncoder e, ProgressData d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.write(d, Instant.EPOCH, out);
        return ProgressJson.read(new ByteArrayInputStream(out.toByteArray())).data();
    }
}
