package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.ExitCode;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.notes.NotesLoader;
import dca.progress.CardProgress;
import dca.progress.ProgressStore;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.progress.SettingsFile;
import dca.srs.CardState;
import dca.srs.FsrsParameters;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dca stats} on a progress file written for the test; the expected numbers are worked out
 * here from the fixture with the FSRS-6 forgetting curve, not taken from dca's output.
 */
class StatsCommandTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final Duration DAY = Duration.ofDays(1);

    @TempDir
    Path home;
    Path notes;
    Path progress;

    /** FSRS-6: R(t, S) = (1 + F·t/S)^(−w20), F = 0.9^(−1/w20) − 1, t in whole days since the last review. */
    static double recall(Instant last, Instant at, double stability) {
        double w20 = FsrsParameters.DEFAULT_WEIGHTS[20];
        double factor = Math.pow(0.9, -1 / w20) - 1;
        long days = Duration.between(last, at).toDays();
        return Math.pow(1 + factor * days / stability, -w20);
    }

    static long pct(double f) {
        return Math.round(f * 100);
    }

    private CardId id(String prompt) throws Exception {
        for (Deck d : NotesLoader.load(notes)) {
            for (Card c : d.cards()) if (c.prompt().equals(prompt)) return c.id();
        }
        throw new AssertionError("no card " + prompt);
    }

    @BeforeEach
    void fixture() throws Exception {
        notes = ExamNotesFixture.write(home.resolve("notes"), 2); // 12 cards, 2 per domain
        progress = home.resolve("progress.json");
        CardId o1 = id("orchestration question 1?");
        CardId n1 = id("networking question 1?");
        CardId s1 = id("storage question 1?");
        try (ProgressStore store = ProgressStore.open(progress, Clock.fixed(NOW, ZoneOffset.UTC))) {
            // o1's log: Easy 40 days ago (new → review), Good 20 and 10 days ago (review, kept),
            // Again 6 days ago (review, forgotten), Good 5 days ago (relearning, not a review-state review).
            Rating[] ratings = {Rating.EASY, Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.GOOD};
            int[] daysAgo = {40, 20, 10, 6, 5};
            MemoryState o1State = new MemoryState(CardState.REVIEW, 0, 10, 5, NOW.plus(DAY.multipliedBy(5)),
                    NOW.minus(DAY.multipliedBy(5)), 10, 5, 1);
            for (int i = 0; i < ratings.length; i++) {
                store.answer(o1, new CardProgress("chapter-1", "orchestration question 1?", o1State),
                        new ReviewRecord(o1, NOW.minus(DAY.multipliedBy(daysAgo[i])), ratings[i], "flash", 60_000));
            }
            // n1: a leech (9 lapses), reviewed yesterday, due tomorrow. s1: relearning, overdue.
            store.answer(n1, new CardProgress("chapter-4", "networking question 1?", new MemoryState(CardState.REVIEW, 0,
                    2, 8, NOW.plus(DAY), NOW.minus(DAY), 2, 20, 9)), new ReviewRecord(n1, NOW.minus(DAY.multipliedBy(100)),
                    Rating.GOOD, "flash", 1000));
            store.answer(s1, new CardProgress("chapter-6", "storage question 1?", new MemoryState(CardState.RELEARNING, 0,
                    1, 6, NOW.minus(Duration.ofHours(1)), NOW.minus(DAY), 0, 4, 1)),
                    new ReviewRecord(s1, NOW.minus(Duration.ofDays(200)), Rating.GOOD, "flash", 1000));
        }
        SettingsFile.write(home.resolve(".config/dca/config"), Settings.defaults().withExamDate(LocalDate.parse("2026-12-11")));
    }

    @Test
    void statsMatchTheFixture() {
        CliHarness.Result r = new CliHarness(home).env("DCA_NOW", NOW.toString())
                .run("--notes", notes.toString(), "--progress", progress.toString(), "stats");
        assertEquals(0, r.code(), r.err());
        String o = r.out();
        Instant exam = Instant.parse("2026-12-11T00:00:00Z");
        assertTrue(o.contains("exam 2026-12-11 (10 days)"), o);

        Instant o1Last = NOW.minus(DAY.multipliedBy(5)), n1Last = NOW.minus(DAY), s1Last = NOW.minus(DAY);
        double o1Now = recall(o1Last, NOW, 10), o1Exam = recall(o1Last, exam, 10);
        double n1Now = recall(n1Last, NOW, 2), n1Exam = recall(n1Last, exam, 2);
        double s1Now = recall(s1Last, NOW, 1), s1Exam = recall(s1Last, exam, 1);

        // domain: cards, new, learn, review, relearn, recall now, at exam, retention (reviews), leeches
        row(o, "orchestration", 2, 1, 0, 1, 0, pct(o1Now / 2), pct(o1Exam / 2), "67% (3)", 0);
        row(o, "networking", 2, 1, 0, 1, 0, pct(n1Now / 2), pct(n1Exam / 2), "–", 1);
        row(o, "storage", 2, 1, 0, 0, 1, pct(s1Now / 2), pct(s1Exam / 2), "–", 0);
        row(o, "images", 2, 2, 0, 0, 0, 0, 0, "–", 0);
        row(o, "all", 12, 9, 0, 2, 1, pct((o1Now + n1Now + s1Now) / 12), pct((o1Exam + n1Exam + s1Exam) / 12), "67% (3)", 1);

        double predicted = (25 * o1Exam / 2 + 15 * n1Exam / 2 + 10 * s1Exam / 2) / 100;
        assertTrue(o.contains("Predicted exam score: " + pct(predicted) + "%"), o);
        assertTrue(o.contains("Leeches (8+ lapses): 1"), o);
        assertTrue(o.contains("networking question 1? (9 lapses)"), o);

        // Forecast: s1 overdue counts today, n1 tomorrow, o1 in five days.
        assertTrue(o.contains("Due, next 14 days (3 cards; today includes overdue)"), o);
        assertTrue(Pattern.compile("\\n  Tue 01 +1 █").matcher(o).find(), o);
        assertTrue(Pattern.compile("\\n  Wed 02 +1 █").matcher(o).find(), o);
        assertTrue(Pattern.compile("\\n  Sun 06 +1 █").matcher(o).find(), o);
        // Heatmap spans 12 weeks: the 100- and 200-day-old reviews are outside it.
        assertTrue(o.contains("Reviews, last 12 weeks (5 reviews, busiest day 1)"), o);
        // Last 14 days: the reviews 10, 6 and 5 days ago, a minute each.
        assertTrue(o.contains("Reviews per day, last 14 days (3 reviews, 3m00s spent, 0.2 a day)"), o);
        Matcher perDay = Pattern.compile("about ([0-9.]+) reviews a day\\n  \\((\\d+) reviews in 10 days").matcher(o);
        assertTrue(perDay.find(), o);
        // Every card needs at least one review before the exam (none is due after it), new ones more.
        int needed = Integer.parseInt(perDay.group(2));
        assertTrue(needed >= 12, o);
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", needed / 10.0), perDay.group(1));
    }

    private static void row(String out, String label, int cards, int fresh, int learn, int review, int relearn,
                            long now, long exam, String retention, int leeches) {
        String re = "\\n  " + Pattern.quote(label) + " +" + cards + " +" + fresh + " +" + learn + " +" + review + " +"
                + relearn + " +" + now + "% +" + exam + "% +" + Pattern.quote(retention) + " +" + leeches + "\\n";
        assertTrue(Pattern.compile(re).matcher(out).find(), label + " row wrong, wanted " + re + " in:\n" + out);
    }

    @Test
    void examDateOptionWinsAndBadDateIsAUsageError() {
        CliHarness h = new CliHarness(home).env("DCA_NOW", NOW.toString());
        CliHarness.Result r = h.run("--notes", notes.toString(), "--progress", progress.toString(), "stats",
                "--exam-date", "2026-12-21");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("exam 2026-12-21 (20 days)"), r.out());
        CliHarness.Result bad = h.run("--notes", notes.toString(), "--progress", progress.toString(), "stats",
                "--exam-date", "soon");
        assertEquals(ExitCode.USAGE, bad.code());
        assertTrue(bad.err().startsWith("dca: --exam-date is not a date: soon\n  use the form"), bad.err());
        CliHarness.Result past = h.run("--notes", notes.toString(), "--progress", progress.toString(), "stats",
                "--exam-date", "2026-11-30");
        assertEquals(ExitCode.USAGE, past.code());
        assertTrue(past.err().startsWith("dca: --exam-date 2026-11-30 is in the past"), past.err());
        CliHarness.Result today = h.run("--notes", notes.toString(), "--progress", progress.toString(), "stats",
                "--exam-date", "2026-12-01");
        assertEquals(0, today.code(), today.err());
        assertTrue(today.out().contains("The exam is today"), today.out());
        CliHarness.Result later = new CliHarness(home).env("DCA_NOW", "2026-12-12T09:00:00Z")
                .run("--notes", notes.toString(), "--progress", progress.toString(), "stats");
        assertTrue(later.out().startsWith("The exam date in settings (2026-12-11) has passed"), later.out());
    }

    @Test
    void oneDeckAndNoProgressFile() {
        // The settings (an exam date) hold for any progress file; another home has none.
        CliHarness.Result same = new CliHarness(home).env("DCA_NOW", NOW.toString())
                .run("--notes", notes.toString(), "--progress", home.resolve("none.json").toString(), "stats", "chapter-4");
        assertTrue(same.out().contains("exam 2026-12-11 (10 days)"), same.out());
        CliHarness.Result r = new CliHarness(home.resolve("elsewhere")).env("DCA_NOW", NOW.toString())
                .run("--notes", notes.toString(), "--progress", home.resolve("none.json").toString(), "stats", "chapter-4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no exam date"), r.out());
        assertTrue(Pattern.compile("\\n  all +2 +2 +0 +0 +0 +0% +– +0\\n").matcher(r.out()).find(), r.out());
        assertTrue(r.out().contains("Readiness now"), r.out());
    }
}
