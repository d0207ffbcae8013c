package dca.cli.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class FrameTest {
    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    @Test
    void aScreenThatFitsIsDrawnAsItIsWithLongLinesWrapped() {
        assertEquals(List.of("head", "abcde", "fgh", "keys"), text(Frame.fit(List.of("head", "abcdefgh", "keys"), 10, 5)));
    }

    @Test
    void aTallScreenKeepsItsTopAndTheWholeKeyLine() {
        List<String> lines = List.of("header", "one", "two", "three", "four", "u undo s skip");
        // 5 rows: 4 usable; the key line wraps into 3 rows of 5 columns and stays whole.
        assertEquals(List.of("heade", "u und", "o s s", "kip"), text(Frame.fit(lines, 5, 5)));
        assertEquals(List.of("header", "one", "two", "u undo s skip"), text(Frame.fit(lines, 5, 40)));
    }
}
