package dca.cli.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrameTest {
    Terminal terminal;
    Frame frame;

    @BeforeEach
    void setUp() throws Exception {
        terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        frame = new Frame(terminal, false);
    }

    @AfterEach
    void tearDown() throws Exception {
        terminal.close();
    }

    private List<String> fit(Frame.Screen s, int rows, int cols) {
        return frame.fit(s, rows, cols).stream().map(AttributedString::toString).toList();
    }

    static List<String> numbered(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(prefix + i);
        return out;
    }

    @Test
    void aScreenThatFitsIsDrawnAsItIs() {
        Frame.Screen s = new Frame.Screen(List.of("head", "question"), List.of("answer"), List.of("keys"));
        assertEquals(List.of("head", "question", "answer", "keys"), fit(s, 10, 20));
        assertFalse(frame.scrolls());
        assertEquals(List.of("head", "abcde", "fgh", "keys"), fit(Frame.Screen.of(List.of("head", "abcdefgh", "keys"), 1), 10, 5));
    }

    /** A card taller than the terminal: the question and the keys stay, the middle scrolls, a line says what is hidden. */
    @Test
    void aTallCardScrollsWithTheQuestionKeptInView() {
        Frame.Screen s = new Frame.Screen(List.of("header", "question"), numbered("line ", 20), List.of("", "keys"));
        List<String> shown = fit(s, 10, 60); // 9 rows usable: 2 top, 2 bottom, 5 between
        assertEquals(9, shown.size());
        assertEquals(List.of("header", "question", "line 1", "line 2", "line 3", "line 4"), shown.subList(0, 6));
        assertEquals("  ↓ 16 more below  (↑ ↓ PgUp PgDn scroll)", shown.get(6));
        assertEquals(List.of("", "keys"), shown.subList(7, 9));
        assertTrue(frame.scrolls());
        assertEquals(3, frame.page());

        frame.scroll(frame.page());
        shown = fit(s, 10, 60);
        assertEquals(List.of("header", "question", "line 4", "line 5", "line 6", "line 7"), shown.subList(0, 6));
        assertEquals("  ↑ 3 more above · ↓ 13 more below  (↑ ↓ PgUp PgDn scroll)", shown.get(6));

        frame.scroll(100); // past the end: the last lines, no further
        shown = fit(s, 10, 60);
        assertEquals(List.of("line 17", "line 18", "line 19", "line 20"), shown.subList(2, 6));
        assertEquals("  ↑ 16 more above  (↑ ↓ PgUp PgDn scroll)", shown.get(6));

        frame.top();
        assertEquals("line 1", fit(s, 10, 60).get(2));
    }

    /** A question taller than the screen keeps its first lines and a few rows for what follows; the rest of it scrolls. */
    @Test
    void aQuestionTallerThanTheScreenKeepsItsStart() {
        List<String> top = new ArrayList<>(List.of("header"));
        top.addAll(numbered("q", 12));
        Frame.Screen s = new Frame.Screen(top, numbered("a", 3), List.of("keys"));
        List<String> shown = fit(s, 8, 40); // 7 rows: 1 keys, 6 above it
        assertEquals(7, shown.size());
        assertEquals(List.of("header", "q1", "q2"), shown.subList(0, 3));
        assertEquals(List.of("q3", "q4"), shown.subList(3, 5));
        assertTrue(shown.get(5).startsWith("  ↓ 11 more below"), shown.get(5));
        assertEquals("keys", shown.get(6));
    }

    @Test
    void theKeyLineStaysWhole() {
        Frame.Screen s = Frame.Screen.of(List.of("header", "one", "two", "three", "four", "u undo s skip"), 1);
        // 5 rows: 4 usable; the key line wraps into 3 rows of 5 columns and stays whole.
        assertEquals(List.of("heade", "u und", "o s s", "kip"), fit(s, 5, 5));
    }
}
