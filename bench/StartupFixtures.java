import dca.deck.Card;
import dca.deck.Deck;
import dca.notes.BundledNotes;
import dca.notes.NotesLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Progress files for bench/startup: REVIEWS reviews spread over every card of the bundled notes
 * (real card ids, so the drill plans, and stats counts, what a long-time user's file holds). About
 * a tenth of the cards are due now, the rest later; each card's reviews are a few days apart.
 * Args: output file, review count.
 */
public class StartupFixtures {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int reviews = Integer.parseInt(args[1]);
        Instant now = Instant.now();
        List<Deck> decks = NotesLoader.decks(BundledNotes.parseAll());
        List<Card> cards = new ArrayList<>();
        List<String> deckOf = new ArrayList<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                cards.add(c);
                deckOf.add(d.name());
            }
        }
        int n = cards.size();
        StringBuilder b = new StringBuilder(reviews * 110 + n * 300);
        b.append("{\"format\":\"dca-progress\",\"version\":1,\n\"savedAt\":\"").append(now).append("\",\"journalSeq\":0,\n");
        b.append("\"settings\":{\"desiredRetention\":0.9,\"newPerDay\":20,\"fuzz\":true,\"examDate\":null},\n\"cards\":{\n");
        for (int i = 0; i < n; i++) {
            Card c = cards.get(i);
            Instant due = i % 10 == 0 ? now.minus(Duration.ofHours(1 + i % 48)) : now.plus(Duration.ofDays(1 + i % 60));
            Instant last = now.minus(Duration.ofDays(1 + i % 20));
            if (i > 0) b.append(",\n");
            b.append('"').append(c.id().value()).append("\":{\"deck\":\"").append(deckOf.get(i)).append("\",\"kind\":\"")
                    .append(c.kind().label()).append("\",\"prompt\":").append(quote(c.prompt()))
                    .append(",\"state\":\"review\",\"step\":0,\"stability\":").append(5.0 + i % 40 + 0.123456789)
                    .append(",\"difficulty\":").append(3.0 + i % 6 + 0.98765432)
                    .append(",\"due\":\"").append(due).append("\",\"lastReview\":\"").append(last)
                    .append("\",\"scheduledDays\":").append(1 + i % 60).append(",\"reps\":").append(1 + reviews / n)
                    .append(",\"lapses\":").append(i % 4).append('}');
        }
        b.append("\n},\n\"reviews\":[\n");
        String[] ratings = {"again", "hard", "good", "good", "easy"};
        Instant first = now.minus(Duration.ofDays(400));
        long step = Duration.ofDays(380).toMillis() / Math.max(1, reviews);
        for (int r = 0; r < reviews; r++) {
            if (r > 0) b.append(",\n");
            b.append("{\"card\":\"").append(cards.get(r % n).id().value()).append("\",\"at\":\"")
                    .append(first.plusMillis(step * r)).append("\",\"rating\":\"").append(ratings[r % ratings.length])
                    .append("\",\"mode\":\"flash\",\"ms\":").append(2000 + r % 5000).append('}');
        }
        b.append("\n],\n\"exams\":[]}\n");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, b);
        System.out.println(out + ": " + n + " cards, " + reviews + " reviews, " + Files.size(out) / 1024 + " KB");
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') q.append('\\').append(ch);
            else if (ch < 0x20) q.append(String.format("\\u%04x", (int) ch));
            else q.append(ch);
        }
        return q.append('"').toString();
    }
}
