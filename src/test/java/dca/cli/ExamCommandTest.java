package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.ExitCode;
import dca.progress.ExamRecord;
import dca.progress.ProgressStore;
import dca.progress.ReviewRecord;
import dca.srs.Rating;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dca exam} end to end in plain mode, driven by a scripted candidate who reads each prompt.
 * DCA_NOW fixes the clock for a run, so time-out here is {@code --minutes 0}; time running out
 * mid-exam is tested with a moving clock in PlainExamRunnerTest.
 */
class ExamCommandTest {
    private static final Pattern HEADER = Pattern.compile("\\[\\d\\d:\\d\\d left\\] Question (\\d+) of (\\d+) \\(([^)]*)\\)\\n([^\\n]*)\\n");

    @TempDir
    Path home;
    Path notes;
    Path progress;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void fixture() throws Exception {
        notes = ExamNotesFixture.write(home.resolve("notes"), 20);
        progress = home.resolve("progress.json");
    }

    private Run dca(BiFunction<ScriptedCandidate.Prompt, Integer, String> policy, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ScriptedCandidate(out, 1000, policy);
        List<String> all = new ArrayList<>(List.of("--notes", notes.toString(), "--progress", progress.toString()));
        all.addAll(List.of(args));
        Map<String, String> vars = Map.of("HOME", home.toString(), "NO_COLOR", "1", "TZ", "UTC",
                "DCA_NOW", "2026-12-01T09:00:00Z");
        int code = Main.run(all.toArray(String[]::new), in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), vars, home);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Answers every option and question right. */
    static String right(ScriptedCandidate.Prompt p) {
        if (p.domc()) return p.option().contains(" right ") ? "y" : "n";
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < p.letters().size(); i++) {
            if (p.letters().get(i).contains(" right ")) letters.add(String.valueOf((char) ('a' + i)));
        }
        return String.join(",", letters);
    }

    /** Answers wrong at the first chance: NO to a right option, YES to a wrong one, a wrong letter. */
    static String wrong(ScriptedCandidate.Prompt p) {
        if (p.domc()) return p.option().contains(" right ") ? "n" : "y";
        for (int i = 0; i < p.letters().size(); i++) {
            if (p.letters().get(i).contains(" wrong ")) return String.valueOf((char) ('a' + i));
        }
        throw new IllegalStateException("no wrong option");
    }

    private List<ExamRecord> exams() throws Exception {
        try (ProgressStore s = ProgressStore.openReadOnly(progress, Clock.systemUTC())) {
            return new ArrayList<>(s.exams());
        }
    }

    private List<ReviewRecord> reviews() throws Exception {
        try (ProgressStore s = ProgressStore.openReadOnly(progress, Clock.systemUTC())) {
            return new ArrayList<>(s.reviews());
        }
    }

    @Test
    void scriptedFullExamFollowsTheWeightsAndTheDomcRuleAndScoresPerDomain() throws Exception {
        // Networking answered wrong throughout; security right on DOMC, wrong on multiple choice.
        Run r = dca((p, n) -> p.domain().equals("networking") || (p.domain().equals("security") && !p.domc())
                ? wrong(p) : right(p), "exam", "--seed", "42");
        assertEquals(0, r.code(), r.err());
        String o = r.out();

        // Each question's header, kind and text, in order.
        Map<Integer, String[]> questions = new LinkedHashMap<>();
        Matcher m = HEADER.matcher(o);
        while (m.find()) {
            assertEquals("55", m.group(2));
            questions.put(Integer.parseInt(m.group(1)), new String[] {m.group(3), m.group(4)});
        }
        assertEquals(55, questions.size());
        Map<String, Integer> perDomain = new LinkedHashMap<>();
        Map<String, Integer> rightPerDomain = new LinkedHashMap<>();
        int mcq = 0;
        for (String[] q : questions.values()) {
            String domain = q[1].split(" ")[0];
            boolean domc = q[0].equals("DOMC");
            if (!domc) mcq++;
            perDomain.merge(domain, 1, Integer::sum);
            boolean answeredRight = !(domain.equals("networking") || (domain.equals("security") && !domc));
            rightPerDomain.merge(domain, answeredRight ? 1 : 0, Integer::sum);
        }
        // 55 × 25/20/15/15/15/10 % = 13.75/11/8.25/8.25/8.25/5.5: floors 53, the two largest remainders +1.
        assertEquals(Map.of("orchestration", 14, "images", 11, "installation", 8, "networking", 8, "security", 8,
                "storage", 6), perDomain);
        assertEquals(13, mcq);

        // DOMC: options stop at the deciding answer.
        for (String block : o.split("\\n(?=\\[\\d\\d:\\d\\d left\\] Question)")) {
            Matcher h = HEADER.matcher(block);
            if (!h.find() || !h.group(3).equals("DOMC")) continue;
            String question = h.group(4);
            List<String> shown = new ArrayList<>();
            for (String line : block.split("\n")) if (line.startsWith("  > ")) shown.add(line.substring(4));
            int number = Integer.parseInt(question.replaceAll("\\D+", " ").trim().split(" ")[0]);
            int rightOptions = number % 5 == 0 ? 2 : 1;
            if (question.startsWith("networking")) {
                assertEquals(1, shown.size(), "the first answer decides a wrongly answered item: " + block);
            } else {
                assertTrue(shown.get(shown.size() - 1).contains(" right "), block);
                assertEquals(rightOptions, shown.stream().filter(s -> s.contains(" right ")).count(), block);
            }
        }

        // The report's per-domain lines match the scripted answers.
        int total = 0;
        String[][] titles = {{"orchestration", "Orchestration"}, {"images", "Image creation, management and registry"},
                {"installation", "Installation and configuration"}, {"networking", "Networking"},
                {"security", "Security"}, {"storage", "Storage and volumes"}};
        for (String[] t : titles) {
            int expectRight = rightPerDomain.get(t[0]);
            int expectAll = perDomain.get(t[0]);
            total += expectRight;
            Matcher line = Pattern.compile("\\n  " + Pattern.quote(t[1]) + " +(\\d+)/(\\d+) +(\\d+)%").matcher(o);
            assertTrue(line.find(), t[1] + " missing in report:\n" + o);
            assertEquals(expectRight, Integer.parseInt(line.group(1)), t[1]);
            assertEquals(expectAll, Integer.parseInt(line.group(2)), t[1]);
            assertEquals(Math.round(expectRight * 100.0 / expectAll), Integer.parseInt(line.group(3)), t[1]);
        }
        assertTrue(o.contains("Score: " + total + " of 55 right (" + Math.round(total * 100.0 / 55) + "%)"), o);
        // Every miss shows its right answer, explanation and notes source.
        assertTrue(o.contains("Missed (" + (55 - total) + ")"), o);
        assertTrue(Pattern.compile("\\[networking\\] networking question \\d+\\?\\n    right: networking \\d+ right one\\n")
                .matcher(o).find(), o);
        assertTrue(Pattern.compile("    why:   Because of networking rule \\d+\\.\\n    notes: .*04-networking\\.md:\\d+\\n")
                .matcher(o).find(), o);

        // History and schedule: one complete record, one exam review per question (Again for a miss).
        List<ExamRecord> exams = exams();
        assertEquals(1, exams.size());
        assertTrue(exams.get(0).complete());
        assertEquals(total, exams.get(0).correct());
        assertEquals(new ExamRecord.DomainScore(8, 0), exams.get(0).domains().get("networking"));
        List<ReviewRecord> reviews = reviews();
        assertEquals(55, reviews.size());
        assertTrue(reviews.stream().allMatch(rv -> rv.mode().equals("exam")));
        assertEquals(55 - total, reviews.stream().filter(rv -> rv.rating() == Rating.AGAIN).count());
    }

    @Test
    void sameSeedSameExam() {
        Run a = dca((p, n) -> n < 3 ? right(p) : null, "exam", "--seed", "7", "--questions", "5");
        Run b = dca((p, n) -> n < 3 ? right(p) : null, "exam", "--seed", "7", "--questions", "5");
        String first = a.out().substring(0, a.out().indexOf("Score:"));
        String second = b.out().substring(0, b.out().indexOf("Score:"));
        assertEquals(first, second);
        assertTrue(first.contains("Seed 7."), first);
    }

    @Test
    void timeOutCountsEveryUnansweredQuestionWrong() throws Exception {
        Run r = dca((p, n) -> right(p), "exam", "--questions", "5", "--minutes", "0", "--seed", "1");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("Question 1 of"), r.out());
        assertTrue(r.out().contains("Time is up: unanswered questions count as wrong."), r.out());
        assertTrue(r.out().contains("Score: 0 of 5 right (0%)"), r.out());
        assertTrue(r.out().contains("Time ran out after 0 of 5 questions"), r.out());
        ExamRecord rec = exams().get(0);
        assertFalse(rec.complete());
        assertEquals(5, rec.missed().size());
        assertEquals(0, reviews().size());
    }

    @Test
    void quitMidwayConfirmsKeepsAPartialResultAndNeverResumes() throws Exception {
        boolean[] quitting = {false};
        Run r = dca((p, n) -> {
            if (quitting[0]) return "y";
            if (p.number() == 3) {
                quitting[0] = true;
                return "q";
            }
            return right(p);
        }, "exam", "--questions", "5", "--seed", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Quit the exam? The 3 unanswered questions count as wrong. (y/n)"), r.out());
        assertTrue(r.out().contains("Quit after 2 of 5 questions: partial result"), r.out());
        ExamRecord rec = exams().get(0);
        assertFalse(rec.complete());
        assertEquals(2, rec.correct());
        assertEquals(3, rec.missed().size());

        // A new exam is a new start, not the rest of the old one.
        Run again = dca((p, n) -> right(p), "exam", "--questions", "5", "--seed", "3");
        assertTrue(again.out().contains("Question 1 of 5"), again.out());
        assertTrue(again.out().contains("Score: 5 of 5 right (100%)"), again.out());
        List<ExamRecord> exams = exams();
        assertEquals(2, exams.size());
        assertTrue(exams.get(1).complete());

        Run history = dca((p, n) -> null, "exam", "--history");
        assertEquals(0, history.code(), history.err());
        assertTrue(history.out().contains("Exam history (2)"), history.out());
        assertTrue(Pattern.compile("2026-12-01 09:00  mixed +2/5 +40% +00:00  partial").matcher(history.out()).find(),
                history.out());
        assertTrue(history.out().contains("One complete exam so far: 100%."), history.out());
    }

    @Test
    void endOfInputEndsWithAPartialRecord() throws Exception {
        Run r = dca((p, n) -> n < 1 ? right(p) : null, "exam", "--questions", "5", "--seed", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Quit after"), r.out());
        assertFalse(exams().get(0).complete());
    }

    @Test
    void trendOverCompleteExams() throws Exception {
        dca((p, n) -> wrong(p), "exam", "--questions", "5", "--seed", "1");
        dca((p, n) -> right(p), "exam", "--questions", "5", "--seed", "2");
        Run h = dca((p, n) -> null, "exam", "--history");
        assertTrue(h.out().contains("Trend over 2 complete exams: 0% → 100% (+100 points)"), h.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run f = dca((p, n) -> null, "exam", "--format", "essay");
        assertEquals(ExitCode.USAGE, f.code());
        assertTrue(f.err().startsWith("dca: unknown exam format: essay\n  use --format mixed, mcq or domc"), f.err());
        Run d = dca((p, n) -> null, "exam", "--domain", "cooking");
        assertEquals(ExitCode.USAGE, d.code());
        assertTrue(d.err().contains("unknown domain: cooking"), d.err());
        Run q = dca((p, n) -> null, "exam", "--questions", "0");
        assertEquals(ExitCode.USAGE, q.code());
        Run h = dca((p, n) -> null, "exam", "--history");
        assertEquals(0, h.code(), h.err());
        assertTrue(h.out().contains("No exams taken yet"), h.out());
    }

    @Test
    void domainOnlyExam() {
        Run r = dca((p, n) -> right(p), "exam", "--domain", "storage", "--questions", "30", "--format", "mcq");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Note: only 20 questions available, the exam has 20 instead of 30."), r.out());
        assertTrue(r.out().contains("Mock exam: 20 questions (20 multiple choice, 0 DOMC)"), r.out());
        assertFalse(r.out().contains("networking question"), r.out());
    }

    @Test
    void aProgressFileInUseIsExitThreeButHistoryStillReads() throws Exception {
        dca((p, n) -> right(p), "exam", "--questions", "2", "--seed", "1");
        try (ProgressStore other = ProgressStore.open(progress, Clock.systemUTC())) {
            Run r = dca((p, n) -> right(p), "exam", "--questions", "2");
            assertEquals(ExitCode.PROGRESS, r.code(), r.out());
            assertTrue(r.err().startsWith("dca: "), r.err());
            assertFalse(r.out().contains("Question 1"), "no exam starts without a place to save it:\n" + r.out());
            Run h = dca((p, n) -> null, "exam", "--history");
            assertEquals(0, h.code(), h.err());
            assertTrue(h.out().contains("Exam history (1)"), h.out());
        }
    }
}
