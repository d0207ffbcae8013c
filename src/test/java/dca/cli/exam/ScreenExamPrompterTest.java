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
import dca.study.exam.ExamSession;
import dca.study.exam.McqItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The full-screen exam driven by single keys over an in-memory terminal. */
class ScreenExamPrompterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final List<ExamItem> saved = new ArrayList<>();

    /** Item 1: DOMC w1, r, w2. Item 2: one-answer MCQ (b right). Item 3: choose 2 (a, c right). */
    private ExamSession session() {
        var a = Fixtures.choice("first", List.of(new Option("w1", false), new Option("r", true), new Option("w2", false)), "o2.1");
        var b = Fixtures.choice("second", List.of(new Option("no", false), new Option("yes", true)), "o3.1");
        var c = Fixtures.choice("third", List.of(new Option("x", true), new Option("y", false), new Option("z", true)), "o5.1");
        return new ExamSession(List.of(
                new DomcItem(a, null, Domain.IMAGES, a.options()),
                new McqItem(b, null, Domain.INSTALLATION, b.options()),
                new McqItem(c, null, Domain.SECURITY, c.options())), ExamFormat.MIXED, clock, Duration.ofMinutes(90));
    }

    private String run(ExamSession s, String keys) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                out, StandardCharsets.UTF_8);
             ScreenExamPrompter p = new ScreenExamPrompter(t, false, false)) {
            if (p.begin(List.of("Mock exam: 3 questions"))) new ExamRunner(s, p, saved::add).run();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void singleKeysAnswerEveryKind() throws Exception {
        ExamSession s = session();
        // Enter starts; n, y decide the DOMC item; x is ignored; b answers; a, c toggle, c untoggles and
        // toggles again, Enter answers the choose-2 question.
        String screen = run(s, "\rnyxbaccc\r");
        assertTrue(screen.contains("Enter starts the clock"), screen);
        assertTrue(screen.contains("question 1 of 3 · DOMC"), screen);
        assertTrue(screen.contains("option 2:"), screen);
        assertFalse(screen.contains("    w2"), "never shown after the decisive YES:\n" + screen);
        assertTrue(screen.contains("question 3 of 3 · choose 2"), screen);
        assertTrue(screen.contains("[x] a) x"), screen);
        assertEquals(ExamSession.End.FINISHED, s.end());
        assertEquals(3, s.score().correct());
        assertEquals(3, saved.size());
    }

    @Test
    void qAsksFirstAndCtrlCQuitsToo() throws Exception {
        ExamSession s = session();
        String screen = run(s, "\rnyqn\u0003y");
        assertTrue(screen.contains("Quit the exam? The 2 unanswered questions count as wrong."), screen);
        assertEquals(ExamSession.End.QUIT, s.end());
        assertEquals(1, s.score().correct());
        assertFalse(s.score().complete());
    }

    @Test
    void cancelOnTheStartScreenStartsNothing() throws Exception {
        ExamSession s = session();
        run(s, "q");
        assertEquals(ExamSession.End.NONE, s.end());
        assertTrue(saved.isEmpty());
    }
}
