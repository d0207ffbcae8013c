import dca.deck.CardId;
import dca.progress.CardProgress;
import dca.progress.ProgressStore;
import dca.progress.ReviewRecord;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Progress file benchmark: load time and per-answer save latency with 1k, 10k and 100k reviews.
 * An answer is durable when {@code answer} returns (journal append + fsync); every 1000 answers and
 * on close the journal is folded into the file (temp, fsync, .bak link, atomic rename, dir fsync):
 * "save max" includes one such fold, "fold" is the one close() does. "load" reads the whole file (what
 * stats does); "session" is what a drill's start reads: the lock and the snapshot beside the file.
 * Run by bench/progress. Args: working directory, then review counts.
 */
public class ProgressBench {
    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Files.createDirectories(work);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        System.out.printf("%-8s %-6s %-8s %-10s %-9s %-9s %-9s %-6s %-9s %-9s%n",
                "reviews", "cards", "file", "load med", "save med", "save p95", "save max", "saves", "fold", "session");
        for (int i = 1; i < args.length; i++) {
            int reviews = Integer.parseInt(args[i]);
            int cards = Math.max(1, Math.min(reviews / 8, 3000));
            Path file = work.resolve("progress-" + reviews + ".json");
            Files.deleteIfExists(file);
            Files.deleteIfExists(work.resolve("progress-" + reviews + ".json.bak"));
            Files.writeString(file, fixture(reviews, cards));
            long size = Files.size(file);

            double[] loads = new double[9];
            for (int k = 0; k < loads.length; k++) {
                long t = System.nanoTime();
                try (ProgressStore s = ProgressStore.openReadOnly(file, clock)) {
                    if (s.reviews().size() != reviews) throw new AssertionError("fixture has " + s.reviews().size());
                }
                loads[k] = (System.nanoTime() - t) / 1e6;
            }

            // What a study session opens: the lock and the snapshot beside the file (made by the first open).
            ProgressStore.open(file, clock).close();
            double[] sessions = new double[9];
            for (int k = 0; k < sessions.length; k++) {
                long t = System.nanoTime();
                try (ProgressStore s = ProgressStore.open(file, clock)) {
                    if (s.cards().size() != cards) throw new AssertionError("fixture has " + s.cards().size() + " cards");
                }
                sessions[k] = (System.nanoTime() - t) / 1e6;
            }

            // More than COMPACT_AFTER answers, so one full rewrite of the file falls inside the sample.
            int saves = 1100;
            int warmup = 20;
            double[] lat = new double[saves - warmup];
            double fold;
            ProgressStore s = ProgressStore.open(file, clock);
            try {
                for (int k = 0; k < saves; k++) {
                    CardId id = new CardId("card-" + (k % cards));
                    MemoryState m = new MemoryState(CardState.REVIEW, 0, 10 + k, 5.5, T0.plus(Duration.ofDays(10)), T0, 10, k, 0);
                    long t = System.nanoTime();
                    s.answer(id, new CardProgress("chapter-5", "Prompt of " + id, m),
                            new ReviewRecord(id, T0.plusSeconds(k), Rating.GOOD, "flash", 3000));
                    if (k >= warmup) lat[k - warmup] = (System.nanoTime() - t) / 1e6;
                }
            } finally {
                long t = System.nanoTime();
                s.close(); // folds the journal into the file: one full durable rewrite
                fold = (System.nanoTime() - t) / 1e6;
            }
            System.out.printf("%-8d %-6d %-8s %-10s %-9s %-9s %-9s %-6d %-9s %-9s%n", reviews, cards, mb(size),
                    ms(pct(loads, 50)), ms(pct(lat, 50)), ms(pct(lat, 95)), ms(pct(lat, 100)), lat.length, ms(fold), ms(pct(sessions, 50)));
        }
    }

    static String fixture(int reviews, int cards) {
        StringBuilder b = new StringBuilder(reviews * 100 + cards * 250);
        b.append("{\"format\":\"dca-progress\",\"version\":1,\n\"savedAt\":\"").append(T0).append("\",\n");
        b.append("\"settings\":{\"desiredRetention\":0.9,\"newPerDay\":20,\"fuzz\":true,\"examDate\":null},\n\"cards\":{\n");
        for (int c = 0; c < cards; c++) {
            if (c > 0) b.append(",\n");
            b.append("\"card-").append(c).append("\":{\"deck\":\"chapter-").append(c % 12)
                    .append("\",\"kind\":\"basic\",\"prompt\":\"What does the docker command number ").append(c)
                    .append(" do when it runs?\",\"state\":\"review\",\"step\":0,\"stability\":12.34567891,")
                    .append("\"difficulty\":5.12345678,\"due\":\"2026-12-05T09:00:00.123Z\",")
                    .append("\"lastReview\":\"2026-11-23T09:00:00.123Z\",\"scheduledDays\":12,\"reps\":8,\"lapses\":1}");
        }
        b.append("\n},\n\"reviews\":[\n");
        String[] ratings = {"again", "hard", "good", "easy"};
        for (int r = 0; r < reviews; r++) {
            if (r > 0) b.append(",\n");
            b.append("{\"card\":\"card-").append(r % cards).append("\",\"at\":\"")
                    .append(T0.minusSeconds(600L * (reviews - r))).append("\",\"rating\":\"")
                    .append(ratings[r % 4]).append("\",\"mode\":\"flash\",\"ms\":").append(2000 + r % 5000).append('}');
        }
        b.append("\n],\n\"exams\":[]}\n");
        return b.toString();
    }

    static double pct(double[] xs, int p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    static String ms(double v) { return String.format("%.1f ms", v); }

    static String mb(long bytes) {
        return bytes < 1 << 20 ? String.format("%.0f KB", bytes / 1024.0) : String.format("%.1f MB", bytes / 1048576.0);
    }
}
