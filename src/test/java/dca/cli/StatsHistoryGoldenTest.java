package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.Deck;
import dca.notes.BundledNotes;
import dca.notes.NotesLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dca stats} over a long history of every bundled card (reviews over 200 days, some within
 * the last 30, crammed ones, leeches, an exam date or none), compared byte for byte with
 * {@code src/test/resources/golden-cli/stats-history*.txt}. It pins the printed statistics while
 * the way they are computed changes (which cards are replayed, what is computed once).
 * {@code -Dgolden.update=true} (or {@code GOLDEN_UPDATE=1}) rewrites them; review the diff.
 */
class StatsHistoryGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden-cli");
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path home;

    @Test
    void statsOfALongHistoryWithoutAnExamDate() throws Exception {
        check("stats-history", null);
    }

    @Test
    void statsOfALongHistoryWithAnExamDate() throws Exception {
        check("stats-history-exam", "2026-12-20");
    }

    private void check(String name, String examDate) throws Exception {
        Path progress = home.resolve("progress.json");
        Files.writeString(progress, history(examDate));
        CliHarness.Result r = new CliHarness(home).env("DCA_NOW", NOW.toString()).env("DCA_PROGRESS", progress.toString())
                .env("COLUMNS", "100").run("stats");
        assertEquals(0, r.code(), r.err());
        String actual = r.out().replace(home.toString(), "$HOME") + "--- stderr\n" + r.err().replace(home.toString(), "$HOME");
        Path expected = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update") || "1".equals(System.getenv("GOLDEN_UPDATE"))) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), "no golden file " + expected + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }

    /** A progress file: most cards studied, in every state; 6,000 reviews, the newest within the last 30 days. */
    private static String history(String examDate) throws Exception {
        List<Deck> decks = NotesLoader.decks(BundledNotes.parseAll());
        List<Card> cards = new ArrayList<>();
        List<String> deckOf = new ArrayList<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                cards.add(c);
                deckOf.add(d.name());
            }
        }
        String[] states = {"review", "review", "review", "learning", "relearning"};
        StringBuilder b = new StringBuilder();
        b.append("{\"format\":\"dca-progress\",\"version\":1,\n\"savedAt\":\"").append(NOW).append("\",\"journalSeq\":0,\n");
        b.append("\"settings\":{\"desiredRetention\":0.9,\"newPerDay\":20,\"fuzz\":true,\"examDate\":")
                .append(examDate == null ? "null" : "\"" + examDate + "\"").append("},\n\"cards\":{\n");
        boolean first = true;
        int studied = cards.size() * 9 / 10; // the last tenth never studied
        for (int i = 0; i < studied; i++) {
            Card c = cards.get(i);
            Instant due = i % 7 == 0 ? NOW.minus(Duration.ofHours(1 + i % 70)) : NOW.plus(Duration.ofHours(5 + (i * 37L) % 1500));
            if (!first) b.append(",\n");
            first = false;
            b.append('"').append(c.id().value()).append("\":{\"deck\":\"").append(deckOf.get(i)).append("\",\"kind\":\"")
                    .append(c.kind().label()).append("\",\"prompt\":").append(quote(c.prompt()))
                    .append(",\"state\":\"").append(states[i % states.length]).append("\",\"step\":0,\"stability\":")
                    .append(0.5 + (i * 7) % 90 + 0.25).append(",\"difficulty\":").append(1.5 + (i * 3) % 8 + 0.5)
                    .append(",\"due\":\"").append(due).append("\",\"lastReview\":\"").append(NOW.minus(Duration.ofHours(3 + i % 900)))
                    .append("\",\"scheduledDays\":").append(1 + i % 45).append(",\"reps\":").append(1 + i % 12)
                    .append(",\"lapses\":").append(i % 23 == 0 ? 9 : i % 4).append('}');
        }
        b.append("\n},\n\"reviews\":[\n");
        String[] ratings = {"good", "again", "good", "hard", "easy", "good", "good"};
        String[] modes = {"flash", "flash", "typed", "choice", "flash", "cram", "flash", "flash", "flash", "exam"};
        int reviews = 6000;
        Instant start = NOW.minus(Duration.ofDays(200));
        long step = Duration.ofDays(199).toMillis() / reviews;
        for (int r = 0; r < reviews; r++) {
            if (r > 0) b.append(",\n");
            // Cards in an uneven order, so some have reviews only long ago and some only recently.
            int card = (int) ((r * 7919L + (r / 500) * 31L) % studied);
            b.append("{\"card\":\"").append(cards.get(card).id().value()).append("\",\"at\":\"")
                    .append(start.plusMillis(step * r + (r % 13) * 3_600_000L)).append("\",\"rating\":\"")
                    .append(ratings[r % ratings.length]).append("\",\"mode\":\"").append(modes[r % modes.length])
                    .append("\",\"ms\":").append(1500 + (r * 37) % 9000).append('}');
        }
        b.append("\n],\n\"exams\":[]}\n");
        return b.toString();
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') q.append('\\').append(ch);
            else if (ch < 0x20) q.append(String.format("\\u%04x", (int) ch));
            else q.append(ch);
        }
        return q.append('"').toString();
    }
}
