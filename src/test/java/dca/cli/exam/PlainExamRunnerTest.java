package dca.cli.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Domain;
import dca.deck.Option;
import dca.study.Fixtures;
import dca.study.MutableClock;
import dca.study.exam.DomcItem;
import dca.study.exam.ExamFormat;
import dca.study.exam.ExamItem;
import dca.study.exam.ExamScore;
import dca.study.exam.ExamSession;
import dca.study.exam.McqItem;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-mode exam loop with a clock the test moves: quitting, end of input, time running out. */
class PlainExamRunnerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final List<ExamItem> saved = new ArrayList<>();

    /** Item 1: DOMC, options w1, r, w2. Item 2: MCQ choose 2 (a, c right). Item 3: DOMC r first. */
    private ExamSession session(Duration limit) {
        var a = Fixtures.choice("first", List.of(new Option("w1", false), new Option("r", true), new Option("w2", false)), "o2.1");
        var b = Fixtures.choice("second", List.of(new Option("x", true), new Option("y", false), new Option("z", true)), "o3.1");
        var c = Fixtures.choice("third", 1, "o5.1");
        return new ExamSession(List.of(
                new DomcItem(a, null, Domain.IMAGES, a.options()),
                new McqItem(b, null, Domain.INSTALLATION, b.options()),
                new DomcItem(c, null, Domain.SECURITY, c.options())), ExamFormat.MIXED, clock, limit);
    }

    private ExamRunner run(ExamSession s, Reader input) {
        ExamRunner r = new ExamRunner(s, new PlainExamPrompter(new BufferedReader(input), out), saved::add);
        r.run();
        return r;
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scriptedAnswersInvalidInputAndAStopAtTheDecisiveOption() {
        ExamSession s = session(Duration.ofMinutes(90));
        run(s, new StringReader("n\nmaybe\ny\na c\ny\n"));
        String o = output();
        assertTrue(o.contains("[90:00 left] Question 1 of 3 (DOMC)"), o);
        assertTrue(o.contains("  > w1\n") && o.contains("  > r\n"), o);
        assertFalse(o.contains("  > w2"), "the option after the decisive YES is never shown:\n" + o);
        assertTrue(o.contains("Type y or n (q quits)."), o);
        assertTrue(o.contains("Question 2 of 3 (multiple choice, choose 2)"), o);
        assertTrue(o.contains("  a) x\n  b) y\n  c) z\n"), o);
        assertEquals(3, saved.size());
        ExamScore score = s.score();
        assertTrue(score.complete());
        assertEquals(3, score.correct());
    }

    @Test
    void quitAsksToConfirmAndKeepsAPartialResult() {
        ExamSession s = session(Duration.ofMinutes(90));
        run(s, new StringReader("n\ny\nq\nn\nq\ny\n"));
        String o = output();
        assertTrue(o.contains("Quit the exam? The 2 unanswered questions count as wrong. (y/n)"), o);
        // After "n" the question is shown again, then the second q is confirmed.
        assertEquals(2, o.split("Question 2 of 3", -1).length - 1, o);
        assertEquals(ExamSession.End.QUIT, s.end());
        ExamScore score = s.score();
        assertFalse(score.complete());
        assertEquals(1, score.correct());
        assertEquals(2, score.missed().size());
        assertEquals(1, saved.size());
    }

    @Test
    void endOfInputEndsTheExam() {
        ExamSession s = session(Duration.ofMinutes(90));
        ExamRunner r = run(s, new StringReader("n\n"));
        assertTrue(r.endOfInput());
        assertEquals(ExamSession.End.QUIT, s.end());
        assertEquals(0, saved.size());
        assertEquals(0, s.score().correct());
    }

    @Test
    void timeRunningOutDuringAnAnswerEndsTheExamAndDropsTheLateAnswer() {
        ExamSession s = session(Duration.ofMinutes(5));
        // The reader moves the clock as the candidate "thinks": 2 minutes per line.
        Reader slow = new Reader() {
            private final StringReader lines = new StringReader("n\ny\nac\ny\n");
            @Override
            public int read(char[] buf, int off, int len) throws java.io.IOException {
                int c = lines.read();
                if (c < 0) return -1;
                if (c == '\n') clock.advance(Duration.ofMinutes(2));
                buf[off] = (char) c;
                return 1;
            }
            @Override
            public void close() {}
        };
        run(s, slow);
        String o = output();
        // 2 min: NO to w1; 4 min: YES to r (item 1 right); 6 min: the letters arrive too late.
        assertTrue(o.contains("[01:00 left] Question 2 of 3"), o);
        assertTrue(o.contains("Time is up: unanswered questions count as wrong."), o);
        assertEquals(ExamSession.End.TIME_UP, s.end());
        ExamScore score = s.score();
        assertEquals(1, score.correct());
        assertEquals(Duration.ofMinutes(5), score.timeUsed());
        assertEquals(1, saved.size());
    }

    @Test
    void noTimeAtAllEndsBeforeTheFirstQuestion() {
        ExamSession s = session(Duration.ZERO);
        run(s, new StringReader("y\n"));
        assertFalse(output().contains("Question 1"), output());
        assertEquals(ExamSession.End.TIME_UP, s.end());
        assertEquals(3, s.score().missed().size());
    }
}
