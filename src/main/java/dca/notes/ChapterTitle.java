package dca.notes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter number and title read from a heading ({@code Chapter 5: The Docker Engine},
 * {@code 5: The Docker Engine}, {@code Docker Deep Dive - Chapter 10 - Swarm}, the typo
 * {@code Chpater 5}) or from a file name ({@code 05-engine.md}, {@code README-05-docker-engine.md}).
 */
record ChapterTitle(int number, String title) {
    private static final Pattern WORD_NUMBER = Pattern.compile("(?i)(?<![a-z])([a-z]{2,9})\\.?\\s*#?(\\d{1,3})(?![\\d.]*\\d)");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s*(?:[:.)|]|\\s[-–—])\\s*(\\S.*)$");
    private static final Pattern FILE_NUMBER = Pattern.compile("^(?:.*?[-_ .])?0*(\\d{1,2})(?:[-_ .]+(.*))?$");
    private static final String SEPARATORS = "[\\s:.\\-–—|)(,]+";

    /** Reads a heading or list-item text; empty when it names no chapter number. */
    static Optional<ChapterTitle> parse(String text) {
        if (text == null) return Optional.empty();
        String t = InlineText.oneLine(text);
        Matcher m = WORD_NUMBER.matcher(t);
        while (m.find()) {
            if (!isChapterWord(m.group(1))) continue;
            int n = Integer.parseInt(m.group(2));
            if (n <= 0) continue;
            String rest = t.substring(m.end()).replaceFirst("^" + SEPARATORS, "").strip();
            return Optional.of(new ChapterTitle(n, rest.isEmpty() ? BookChapters.title(n) : rest));
        }
        Matcher lead = LEADING_NUMBER.matcher(t);
        if (lead.matches()) {
            int n = Integer.parseInt(lead.group(1));
            if (n > 0) return Optional.of(new ChapterTitle(n, lead.group(2).strip()));
        }
        return Optional.empty();
    }

    /** Reads a file name such as {@code 05-the-docker-engine.md}; the title is the rest, de-slugged. */
    static Optional<ChapterTitle> fromFileName(String fileName) {
        String stem = fileName.replaceFirst("(?i)\\.(md|markdown)$", "");
        Optional<ChapterTitle> word = parse(stem.replace('-', ' ').replace('_', ' '));
        if (word.isPresent() && WORD_NUMBER.matcher(stem).find()) {
            Matcher m = WORD_NUMBER.matcher(stem);
            while (m.find()) if (isChapterWord(m.group(1))) return word;
        }
        Matcher m = FILE_NUMBER.matcher(stem);
        if (!m.matches()) return Optional.empty();
        int n = Integer.parseInt(m.group(1));
        if (n <= 0) return Optional.empty();
        String rest = m.group(2) == null ? "" : m.group(2).replaceAll("[-_]+", " ").strip();
        String title = rest.isEmpty() ? BookChapters.title(n) : capitalise(rest);
        return Optional.of(new ChapterTitle(n, title));
    }

    /** True when the text numbers a chapter with a word ("Chapter 5", "ch. 5"), not just a leading number. */
    static boolean hasChapterWord(String text) {
        Matcher m = WORD_NUMBER.matcher(InlineText.oneLine(text));
        while (m.find()) if (isChapterWord(m.group(1))) return true;
        return false;
    }

    /** "chapter", "ch", "chap" and misspellings one or two edits away. */
    static boolean isChapterWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("ch") || w.equals("chap") || w.equals("chapt") || w.equals("chapter") || w.equals("chapters")) return true;
        // A typo keeps to the letters of "chapter" and its 'p' ("chpater", "chaptre"), so "charter" is no chapter.
        return w.length() >= 6 && w.length() <= 9 && w.charAt(0) == 'c' && w.indexOf('p') > 0
                && Strings.onlyChars(w, "chapter") && distance(w, "chapter") <= 2;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Optimal string alignment distance, so a swap of two letters counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
