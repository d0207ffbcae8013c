package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.srs.FsrsParameters;
import dca.srs.ModelMetrics;
import dca.srs.TrainingItem;
import dca.srs.TrainingItems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dca plan} and the exam and calibration parts of {@code dca stats}, against numbers worked out here. */
class PlanStatsCliTest {
    private static final Pattern DAY_ROW = Pattern.compile("^  \\w{3} (\\d\\d-\\d\\d) +(\\d+) [^\\d]* +(\\d+) +(\\d+)m$");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) answers in (\\d+) days: ([\\d.]+) a day, (\\d+) at most");
    private static final Pattern WHAT_IF = Pattern.compile("^ +(0\\.\\d+) +([\\d.]+) +(\\d+) +([\\d.]+) +(\\d+)% +(\\d+)%$");

    @TempDir
    Path dir;

    @Test
    void planPacesThreeHundredNewCardsToAnExamThirtyDaysOut() throws Exception {
        Path notes = ExamStudentCliTest.notes(dir, 300);
        CliHarness dca = ExamStudentCliTest.dca(notes, dir.resolve("progress.json"), ExamStudentCliTest.DAY0);
        CliHarness.Result r = dca.env("COLUMNS", "200").run("plan", "--exam-date", "2026-12-31", "--retention", "0.80,0.90,0.95");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("Plan · exam 2026-12-31 (in 30 days) · final window 2026-12-28 to 2026-12-30, review only"), out);
        assertTrue(out.contains("300 cards: 0 studied, 300 new."), out);
        int perDay = (300 + 27 - 1) / 27; // 27 days before the window
        assertTrue(out.contains("New cards: " + perDay + " a day (" + perDay + " today, 0 started already), every card introduced by 2026-12-27."), out);
        assertTrue(out.contains("Exam mode on"), out);

        List<int[]> rows = new ArrayList<>();
        for (String line : out.lines().toList()) {
            Matcher m = DAY_ROW.matcher(line);
            if (m.matches()) rows.add(new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))});
        }
        assertEquals(30, rows.size(), out);
        int introduced = 0, answers = 0, peak = 0;
        for (int i = 0; i < 30; i++) {
            int[] row = rows.get(i);
            if (i >= 27) assertEquals(0, row[0], "review only in the window");
            introduced += row[0];
            answers += row[1];
            peak = Math.max(peak, row[1]);
            assertEquals(Math.round(row[1] * 10 / 60.0), row[2], 1, "minutes at 10 s an answer"); // no answer times yet: 10 s
            assertTrue(row[1] >= row[0], "each new card is answered the day it is introduced");
        }
        assertEquals(300, introduced);
        Matcher total = TOTAL.matcher(out);
        assertTrue(total.find(), out);
        assertEquals(answers, Integer.parseInt(total.group(1)));
        assertEquals(30, Integer.parseInt(total.group(2)));
        assertEquals(String.format(Locale.ROOT, "%.1f", answers / 30.0), total.group(3));
        assertEquals(peak, Integer.parseInt(total.group(4)));

        List<String[]> whatIf = new ArrayList<>();
        for (String line : out.lines().toList()) {
            Matcher m = WHAT_IF.matcher(line);
            if (m.matches()) whatIf.add(new String[] {m.group(1), m.group(2), m.group(5), m.group(6)});
        }
        assertEquals(3, whatIf.size(), out);
        assertTrue(Double.parseDouble(whatIf.get(0)[1]) < Double.parseDouble(whatIf.get(1)[1]));
        assertTrue(Double.parseDouble(whatIf.get(1)[1]) < Double.parseDouble(whatIf.get(2)[1]));
        // retention 0.9 is the plan itself: the same answers a day and score
        assertEquals(total.group(3), whatIf.get(1)[1]);
        assertTrue(out.contains("Predicted exam score on 2026-12-31: " + whatIf.get(1)[2] + "%"), out);
        // The fixture's one chapter is about installation: the other domains have no cards and count 0.
        assertTrue(out.contains("(no cards for orchestration, images, networking, security, storage in these decks"), out);
        for (String[] w : whatIf) assertTrue(Integer.parseInt(w[2]) >= Integer.parseInt(w[3]), "exam mode never lowers the score");
    }

    @Test
    void planWithoutAnExamDateSaysHowToGiveOne() throws Exception {
        Path notes = ExamStudentCliTest.notes(dir, 3);
        CliHarness.Result r = ExamStudentCliTest.dca(notes, dir.resolve("p.json"), ExamStudentCliTest.DAY0).env("COLUMNS", "200").run("plan");
        assertEquals(2, r.code());
        assertEquals("dca: no exam date to plan for", r.err().lines().findFirst().orElse(""));
        assertEquals(2, r.err().lines().count());
    }

    @Test
    void statsCalibrationFlagsDefaultsThatMispredictAndTheExamDayWithAndWithoutExamMode() throws Exception {
        OptimizeFixture f = new OptimizeFixture(dir, "cards300-days60-seed2");
        LocalDate exam = LocalDate.ofInstant(f.now, ZoneOffset.UTC).plusDays(20);
        // Wide enough that no sentence wraps: the checks below read whole lines.
        CliHarness.Result r = f.dca().env("COLUMNS", "200").run("stats", "--exam-date", exam.toString());
        assertEquals(0, r.code(), r.err());
        // Independently: the items of the last 30 days and the defaults' log loss on them.
        List<TrainingItem> recent = new ArrayList<>();
        long from = f.now.minusSeconds(30 * 86_400L).toEpochMilli();
        for (TrainingItem item : TrainingItems.of(f.events(), ZoneOffset.UTC)) if (item.targetAt() >= from) recent.add(item);
        ModelMetrics m = ModelMetrics.evaluate(FsrsParameters.DEFAULT_WEIGHTS, recent);
        assertTrue(r.out().contains("Calibration, last 30 days: predicted against actual recall (" + recent.size()
                + " reviews, FSRS default weights)"), r.out());
        assertTrue(r.out().contains(String.format(Locale.ROOT, "log loss %.4f · RMSE(bins) %.2f%%", m.logLoss(), m.rmseBins() * 100)), r.out());
        assertTrue(r.out().contains("run dca optimize"), r.out());
        Matcher day = Pattern.compile("Exam day " + exam + ", following the plan \\(dca plan\\): predicted score (\\d+)% with exam mode, (\\d+)% without")
                .matcher(r.out());
        assertTrue(day.find(), r.out());
        assertTrue(Integer.parseInt(day.group(1)) >= Integer.parseInt(day.group(2)), day.group());

        assertEquals(0, f.dca().run("optimize").code());
        CliHarness.Result again = f.dca().env("COLUMNS", "200").run("stats");
        assertTrue(again.out().contains(" reviews, your fitted weights)"), again.out());
        assertFalse(again.out().contains("run dca optimize"), again.out());
    }
}
