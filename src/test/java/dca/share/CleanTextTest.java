package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CleanTextTest {
    @Test
    void theQuickCheckAgreesWithTheCleanerForEveryCharacter() {
        for (int c = 0; c < 0x10000; c++) {
            String one = String.valueOf((char) c);
            // A BEL first sends clean() down its character-by-character way, whatever isClean says.
            boolean kept = c != 0x1b && CleanText.clean("\u0007" + one).equals(one);
            assertEquals(kept, CleanText.isClean(one), "U+" + Integer.toHexString(c));
            assertEquals(kept, CleanText.isClean("plain text " + one + " more"), "U+" + Integer.toHexString(c) + " inside text");
        }
    }

    @Test
    void removesCsiSequencesButKeepsTheirText() {
        assertEquals("red text", CleanText.clean("\u001b[31mred\u001b[0m text"));
        assertEquals("clear", CleanText.clean("\u001b[2J\u001b[Hclear"));
    }

    @Test
    void removesOscTitleAndHyperlinkSequences() {
        assertEquals("x", CleanText.clean("\u001b]0;pwned\u0007x"));
        assertEquals("link", CleanText.clean("\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\"));
    }

    @Test
    void removesC0AndC1ControlsAndBidiOverridesButKeepsNewlineAndTab() {
        assertEquals("a\nb\tc", CleanText.clean("a\r\nb\tc\u0000\u0008\u007f"));
        assertEquals("ab", CleanText.clean("a\u009b31mb"));
        assertEquals("abc", CleanText.clean("a\u0085b\u202ec"));
    }

    @Test
    void leavesCleanTextAloneIncludingUnicode() {
        String s = "Überlay › networks — “ok” 🐳";
        assertSame(s, CleanText.clean(s));
    }

    @Test
    void danglingEscapeAtEndIsDropped() {
        assertEquals("abc", CleanText.clean("abc\u001b"));
        assertEquals("abc", CleanText.clean("abc\u001b["));
    }
}
