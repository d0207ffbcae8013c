package dca.share;

/**
 * Strips what must never reach a terminal from untrusted text: ANSI/VT escape sequences (CSI, OSC,
 * DCS and friends, in their 7-bit and 8-bit forms), every other C0 and C1 control character except
 * newline and tab, DEL, and the Unicode bidirectional overrides that can make text read differently
 * from what it is. Carriage returns go too, so CRLF becomes LF.
 */
public final class CleanText {
    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;

    private CleanText() {}

    /** The text without escape sequences and control characters; null stays null. */
    public static String clean(String s) {
        if (s == null || isClean(s)) return s;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ESC) {
                i = skipEscape(s, i + 1);
            } else if (c == 0x9b) { // 8-bit CSI
                i = skipCsi(s, i + 1);
            } else if (c == 0x9d || c == 0x90 || c == 0x98 || c == 0x9e || c == 0x9f) { // 8-bit OSC, DCS, SOS, PM, APC
                i = skipString(s, i + 1);
            } else if (dropped(c)) {
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** True when {@link #clean} would return the text unchanged. */
    public static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Printable ASCII first, without a call: every card's text is checked at start-up, mostly still interpreted.
            if (c >= 0x20 && c < 0x7f || c == '\n') continue;
            if (c == ESC || dropped(c)) return false;
        }
        return true;
    }

    private static boolean dropped(char c) {
        if (c == '\n' || c == '\t') return false;
        if (c < 0x20 || c == 0x7f) return true;
        if (c >= 0x80 && c <= 0x9f) return true;
        // bidi embeddings/overrides and isolates
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /** After ESC: skips the rest of the sequence and returns the index after it. */
    private static int skipEscape(String s, int i) {
        if (i >= s.length()) return i;
        char c = s.charAt(i);
        if (c == '[') return skipCsi(s, i + 1);
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') return skipString(s, i + 1);
        // intermediate bytes, then one final byte (e.g. ESC ( B, ESC c)
        while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) i++;
        return i < s.length() && s.charAt(i) >= 0x30 && s.charAt(i) <= 0x7e ? i + 1 : i;
    }

    /** Control sequence: parameter and intermediate bytes, then a final byte in 0x40–0x7e. */
    private static int skipCsi(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= 0x40 && c <= 0x7e) return i + 1;
            if (c < 0x20 || c > 0x7e) return i; // malformed: stop, the rest is cleaned normally
            i++;
        }
        return i;
    }

    /** OSC/DCS/SOS/PM/APC: up to BEL or the string terminator (ESC \ or 0x9c). */
    private static int skipString(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == BEL || c == 0x9c) return i + 1;
            if (c == ESC) return i + 1 < s.length() && s.charAt(i + 1) == '\\' ? i + 2 : i + 1;
            i++;
        }
        return i;
    }
}
