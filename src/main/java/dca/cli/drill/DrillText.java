package dca.cli.drill;

import dca.cli.text.Wrap;
import dca.deck.Option;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Intervals;
import dca.study.Question;
import dca.study.StudyItem;
import dca.study.StudySession;
import dca.study.Summary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words of the drill, shared by the plain protocol and the full screen. */
public final class DrillText {
    private DrillText() {}

    static String kind(Question q) {
        return switch (q.kind()) {
            case FLASH -> "flash";
            case LIST -> "list";
            case CHOICE -> "choice";
        };
    }

    static String origin(StudySession.Origin o) {
        return o == null ? "due" : o.name().toLowerCase(Locale.ROOT);
    }

    static String context(StudyItem item) {
        return String.join(" › ", item.card().meta().context());
    }

    static String option(Question q, int i) {
        Option o = q.options().get(i);
        return Question.letter(i) + ") " + o.text();
    }

    static String letters(Set<Integer> picked) {
        StringBuilder sb = new StringBuilder();
        for (int i : new java.util.TreeSet<>(picked)) {
            if (sb.length() > 0) sb.append(',');
            sb.append(Question.letter(i));
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    /** "1=again:1m 2=hard:6m 3=good:10m 4=easy:8d"; without intervals when nothing is rescheduled. */
    static String gradeChoices(Map<Rating, MemoryState> preview) {
        StringBuilder sb = new StringBuilder();
        for (Rating r : Rating.values()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(r.value()).append('=').append(r.label());
            MemoryState next = preview.get(r);
            if (next != null) sb.append(':').append(interval(next));
        }
        return sb.toString();
    }

    /** The interval a previewed state gives, measured from the instant the preview was made for. */
    static String interval(MemoryState next) {
        return next.lastReview() == null ? "?" : Intervals.between(next.lastReview(), next.due());
    }

    /** Instants to the second: what a person reads and a script parses. */
    static String instant(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /**
     * Picks option indexes from "b", "a,c", "a c" or "ac"; null when the text is not letters of
     * options that exist.
     */
    static Set<Integer> parseLetters(String text, int options) {
        String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("[,\\s]+", "");
        if (t.isEmpty()) return null;
        Set<Integer> picked = new java.util.TreeSet<>();
        for (char c : t.toCharArray()) {
            int i = c - 'a';
            if (i < 0 || i >= options) return null;
            picked.add(i);
        }
        return picked;
    }

    static String clock(long millis) {
        long s = millis / 1000;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The summary as "key: value" lines, the same in plain mode and on screen. */
    static List<String> summary(Summary s, Instant now, Path progressFile) {
        List<String> lines = new ArrayList<>();
        lines.add("summary: reviewed=" + s.reviewed() + " right=" + s.rightPercent() + "% time=" + clock(s.millis())
                + " skipped=" + s.skipped());
        StringBuilder g = new StringBuilder("grades:");
        for (Rating r : Rating.values()) g.append(' ').append(r.label()).append('=').append(s.grades().getOrDefault(r, 0));
        lines.add(g.toString());
        if (s.nextDue() == null) {
            lines.add("next-due: none");
        } else {
            Duration until = Duration.between(now, s.nextDue());
            lines.add("next-due: " + instant(s.nextDue()) + (until.isNegative() || until.isZero() ? " (now)" : " (in " + Intervals.label(until) + ")"));
        }
        lines.add("leeches: " + s.leeches().size());
        for (StudyItem item : s.leeches()) {
            lines.add("leech: " + item.id() + " " + item.deck().name() + " " + Wrap.firstLine(item.card().prompt()));
        }
        if (progressFile != null) lines.add("saved: " + progressFile);
        return lines;
    }
}
