package dca.study;

import dca.srs.Rating;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Compares a typed answer with the card's answer word by word (case, punctuation and spacing
 * folded) and suggests a grade: all words right → Good, at least three quarters → Hard, else Again.
 */
public final class AnswerDiff {
    public enum Op { SAME, MISSING, EXTRA }

    /** A run of words: in both, only in the expected answer, or only in what was typed. */
    public record Segment(Op op, String text) {}

    public record Result(List<Segment> segments, double score, Rating suggested) {
        public boolean exact() { return score >= 1.0; }
    }

    private AnswerDiff() {}

    public static Result compare(String expected, String typed) {
        List<String> e = words(expected);
        List<String> t = words(typed);
        int[][] lcs = new int[e.size() + 1][t.size() + 1];
        for (int i = e.size() - 1; i >= 0; i--) {
            for (int j = t.size() - 1; j >= 0; j--) {
                lcs[i][j] = key(e.get(i)).equals(key(t.get(j))) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < e.size() || j < t.size()) {
            if (i < e.size() && j < t.size() && key(e.get(i)).equals(key(t.get(j)))) {
                add(out, Op.SAME, e.get(i));
                i++;
                j++;
            } else if (j < t.size() && (i == e.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
                add(out, Op.EXTRA, t.get(j++));
            } else {
                add(out, Op.MISSING, e.get(i++));
            }
        }
        int common = lcs[0][0];
        double score = e.isEmpty() && t.isEmpty() ? 1.0 : 2.0 * common / (e.size() + t.size());
        Rating suggested = score >= 1.0 ? Rating.GOOD : score >= 0.75 ? Rating.HARD : Rating.AGAIN;
        return new Result(Collections.unmodifiableList(out), score, suggested);
    }

    /** wdiff's notation: {@code [-missing-]} and {@code {+extra+}}. */
    public static String plain(Result r) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : r.segments()) {
            if (sb.length() > 0) sb.append(' ');
            switch (s.op()) {
                case SAME -> sb.append(s.text());
                case MISSING -> sb.append("[-").append(s.text()).append("-]");
                case EXTRA -> sb.append("{+").append(s.text()).append("+}");
            }
        }
        return sb.toString();
    }

    private static void add(List<Segment> out, Op op, String word) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(op, last.text() + " " + word));
        } else {
            out.add(new Segment(op, word));
        }
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String w : s.trim().split("\\s+")) {
            if (!key(w).isEmpty()) out.add(w);
        }
        return out;
    }

    /** A word as compared: NFKC, lower case, without surrounding punctuation or markdown marks. */
    private static String key(String w) {
        String k = Normalizer.normalize(w, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return k.replaceAll("^[\\p{Punct}&&[^-/.$]]+|[\\p{Punct}&&[^/$]]+$", "").replaceAll("^[`*_]+|[`*_]+$", "");
    }
}
