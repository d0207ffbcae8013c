package dca.notes;

/** Small string helpers for hot paths, where a regular expression compiled per call would dominate. */
final class Strings {
    private Strings() {}

    /** Without trailing whitespace and colons: a caption as a prompt. */
    static String stripColon(String s) {
        return stripTrailing(s, " \t\n:").strip();
    }

    static String stripTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(0, end).strip();
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }

    static String firstWord(String s) {
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) return t.substring(0, i);
        }
        return t;
    }

    static boolean onlyChars(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) return false;
        }
        return true;
    }
}
