package dca.progress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.CardId;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged progress files and journals (bit flips, cuts, inserted and deleted bytes, swapped
 * tokens) are either read or rejected with a positioned FormatError: never another exception,
 * which would reach the user as "internal error".
 */
class ProgressJsonMutationTest {
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999",
        "99999999999999999999", "\"2026-02-30T00:00:00Z\"", "\"x\"", "\"\\u0000\"", "0.5", "\"review\"", "\"again\""};

    @Test
    void damagedFilesNeverEscapeAsAnythingButFormatErrors() throws Exception {
        byte[] valid = sample();
        check(valid, 0);
        Random random = new Random(11);
        int rejected = 0;
        for (int i = 0; i < 5000; i++) {
            if (!check(mutate(valid, random), i)) rejected++;
        }
        assertTrue(rejected > 2500, "most mutations are caught: " + rejected);
    }

    @Test
    void damagedJournalsNeverEscapeAsAnythingButFormatErrors() throws Exception {
        ProgressEncoder enc = new ProgressEncoder();
        CardId a = new CardId("abc");
        String journal = new String(enc.answerLine(1, a, ProgressStoreTest.progress("q", 1), ProgressStoreTest.review(a, Rating.GOOD)),
                StandardCharsets.UTF_8) + new String(enc.undoLine(2, a, null), StandardCharsets.UTF_8);
        byte[] valid = journal.getBytes(StandardCharsets.UTF_8);
        Random random = new Random(12);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = mutate(valid, random);
            try {
                ProgressJson.readJournal(new ByteArrayInputStream(bytes), new ProgressData());
            } catch (ProgressJson.FormatError e) {
                assertTrue(e.line >= 1 && e.column >= 1, "positioned: " + e.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("mutation " + i + " escaped as " + e + " on:\n" + new String(bytes, StandardCharsets.UTF_8), e);
            }
        }
    }

    private static boolean check(byte[] bytes, int i) throws Exception {
        try {
            ProgressJson.read(new ByteArrayInputStream(bytes));
            return true;
        } catch (ProgressJson.FormatError e) {
            assertTrue(e.line >= 1 && e.column >= 1, "positioned: " + e.getMessage());
            assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("[Source"), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("mutation " + i + " escaped as " + e + " on:\n" + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    private static byte[] mutate(byte[] valid, Random random) {
        StringBuilder s = new StringBuilder(new String(valid, StandardCharsets.UTF_8));
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits && s.length() > 0; k++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.setCharAt(at, (char) (s.charAt(at) ^ (1 << random.nextInt(7))));
                case 1 -> s.setLength(at);
                case 2 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(12)));
                default -> s.replace(at, Math.min(s.length(), at + 1 + random.nextInt(6)), TOKENS[random.nextInt(TOKENS.length)]);
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sample() throws Exception {
        ProgressData d = new ProgressData();
        CardId a = new CardId("a1");
        CardId b = new CardId("b2");
        d.settings = new Settings(0.85, 10, false, java.time.LocalDate.of(2027, 1, 2));
        d.cards.put(a, new CardProgress("chapter-1", "Which \"port\"?", new MemoryState(CardState.REVIEW, 0, 3.5, 6.25,
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-11-28T00:00:00.5Z"), 3, 2, 0)));
        d.cards.put(b, new CardProgress("chapter-2", "List them", MemoryState.fresh(Instant.EPOCH)));
        d.reviews.add(new ReviewRecord(a, Instant.parse("2026-11-28T00:00:00.5Z"), Rating.GOOD, "flash", 1500));
        d.reviews.add(new ReviewRecord(b, Instant.parse("2026-11-29T00:00:00Z"), Rating.AGAIN, "choice", 800));
        d.exams.add(new ExamRecord(Instant.EPOCH, Instant.EPOCH.plusSeconds(60), "mcq", 2, 1, true,
                Map.of("security", new ExamRecord.DomainScore(2, 1)), List.of("b2")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProgressEncoder().write(d, Instant.EPOCH, out);
        return out.toByteArray();
    }
}
