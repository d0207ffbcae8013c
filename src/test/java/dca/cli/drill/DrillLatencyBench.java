package dca.cli.drill;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.Deck;
import dca.deck.Kind;
import dca.deck.Source;
import dca.progress.ProgressStore;
import dca.srs.Rating;
import dca.study.Question;
import dca.study.SessionOptions;
import dca.study.SessionPlan;
import dca.study.SessionPlanner;
import dca.study.StudyProgress;
import dca.study.StudySession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Grade-to-next-card latency with a long history: 2,000 cards, 100,000 reviews in the progress
 * file. Times what happens between a grade key and the next card being ready to draw: the durable
 * save, choosing the next card, and the interval preview for its grade keys.
 * Run with {@code bench/drill}; prints median and p95 over the answers.
 */
public final class DrillLatencyBench {
    public static void main(String[] args) throws Exception {
        int cards = intArg(args, 0, 2000);
        int reviews = intArg(args, 1, 100_000);
        int answers = intArg(args, 2, 200);
        Instant now = Instant.parse("2026-12-01T09:00:00Z");
        Path dir = Files.createTempDirectory("dca-bench");
        Path file = dir.resolve("progress.json");

        List<Card> list = new ArrayList<>();
        for (int i = 0; i < cards; i++) {
            String prompt = "Benchmark question number " + i + "?";
            list.add(new BasicCard(new CardMeta(CardId.of(Kind.BASIC, prompt), null, List.of("Bench"), new Source("bench.md", i + 1), List.of()),
                    BasicCard.Origin.QA, prompt, "answer " + i));
        }
        Deck deck = new Deck("chapter-1", 1, "Bench", List.of(), "bench.md", list);
        writeHistory(file, list, reviews, now);

        long t0 = System.nanoTime();
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        try (StudyProgress store = new StudyProgress(ProgressStore.open(file, clock), file, clock.getZone())) {
            long opened = System.nanoTime();
            SessionOptions options = new SessionOptions(0, null, true, null);
            SessionPlan plan = new SessionPlanner(store.scheduler()).plan(List.of(deck), store.log().cards(),
                    store.log().reviews(), store.log().settings(), now, ZoneOffset.UTC, options);
            StudySession session = new StudySession(List.of(deck), plan, store.log(), store.scheduler(), clock, options);
            long planned = System.nanoTime();
            Optional<Question> q = session.current();
            session.preview();
            long[] ms = new long[Math.min(answers, plan.size())];
            long[] pick = new long[ms.length];
            Rating[] grades = {Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.EASY};
            for (int i = 0; i < ms.length && q.isPresent(); i++) {
                long start = System.nanoTime();
                session.grade(grades[i % grades.length], "flash", 3000);
                long saved = System.nanoTime();
                q = session.current();
                session.preview();
                ms[i] = System.nanoTime() - start;
                pick[i] = System.nanoTime() - saved;
            }
            Arrays.sort(ms);
            Arrays.sort(pick);
            System.out.printf(Locale.ROOT, "history: %d cards, %d reviews, progress file %.1f MB%n", cards, reviews,
                    Files.size(file) / 1e6);
            System.out.printf(Locale.ROOT, "open + load: %.0f ms, plan the session: %.0f ms%n", (opened - t0) / 1e6, (planned - opened) / 1e6);
            System.out.printf(Locale.ROOT, "grade → next card over %d answers: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    ms.length, ms[ms.length / 2] / 1e6, ms[(int) Math.ceil(ms.length * 0.95) - 1] / 1e6, ms[ms.length - 1] / 1e6);
            System.out.printf(Locale.ROOT, "  of which choosing the next card and its grade labels: median %.2f ms, p95 %.2f ms"
                    + " (the rest is the durable save of the answer)%n",
                    pick[pick.length / 2] / 1e6, pick[(int) Math.ceil(pick.length * 0.95) - 1] / 1e6);
        }
    }

    /** A progress file in the format ProgressStore writes: every card in review, due in the past week or so. */
    static void writeHistory(Path file, List<Card> cards, int reviews, Instant now) throws Exception {
        Random random = new Random(42);
        try (JsonGenerator g = new JsonFactory().createGenerator(Files.newOutputStream(file))) {
            g.writeStartObject();
            g.writeStringField("format", "dca-progress");
            g.writeNumberField("version", 1);
            g.writeObjectFieldStart("settings");
            g.writeNumberField("desiredRetention", 0.9);
            g.writeNumberField("newPerDay", 20);
            g.writeBooleanField("fuzz", true);
            g.writeNullField("examDate");
            g.writeEndObject();
            g.writeObjectFieldStart("cards");
            for (Card c : cards) {
                double stability = 1 + random.nextDouble() * 60;
                Instant last = now.minus(Duration.ofHours(24 + random.nextInt(24 * 60)));
                g.writeObjectFieldStart(c.id().value());
                g.writeStringField("deck", "chapter-1");
                g.writeStringField("kind", "basic");
                g.writeStringField("prompt", c.prompt());
                g.writeStringField("state", "review");
                g.writeNumberField("step", 0);
                g.writeNumberField("stability", stability);
                g.writeNumberField("difficulty", 1 + random.nextDouble() * 9);
                g.writeStringField("due", now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 7))).toString());
                g.writeStringField("lastReview", last.toString());
                g.writeNumberField("scheduledDays", (int) stability);
                g.writeNumberField("reps", reviews / cards.size());
                g.writeNumberField("lapses", random.nextInt(3));
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("reviews");
            Instant start = now.minus(Duration.ofDays(400));
            for (int i = 0; i < reviews; i++) {
                g.writeStartObject();
                g.writeStringField("card", cards.get(random.nextInt(cards.size())).id().value());
                g.writeStringField("at", start.plusSeconds(i * 300L).toString());
                g.writeStringField("rating", Rating.values()[random.nextInt(4)].label());
                g.writeStringField("mode", "flash");
                g.writeNumberField("ms", 1000 + random.nextInt(9000));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("exams");
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static int intArg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
