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

    /** What the full screen says when a session had nothing to ask. */
    static String nothingToDo(String command) {
        return switch (command) {
            case "weak" -> "No weak cards: nothing studied is at risk.";
            case "review" -> "Nothing due now.";
            default -> "Nothing due, and no new cards left today (dca quiz --new N studies more).";
        };
    }

    private static final java.time.format.DateTimeFormatter HM = java.time.format.DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final java.time.format.DateTimeFormatter DAY_HM = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ROOT);

    /**
     * The summary a person reads after a full-screen session, in local time and wrapped to the
     * screen; the last line but one is the "next due" hint. Plain mode keeps {@link #summary}.
     */
    static List<String> humanSummary(Summary s, dca.study.DueCounts due, boolean interrupted, java.time.Clock clock, Path progressFile,
                                     int width) {
        List<String> lines = new ArrayList<>();
        String done = "Reviewed " + s.reviewed() + (s.reviewed() == 1 ? " card" : " cards") + " in " + clock(s.millis())
                + (s.reviewed() > 0 ? " · " + s.rightPercent() + "% right" : "") + (s.skipped() > 0 ? " · skipped " + s.skipped() : "");
        lines.addAll(Wrap.lines(done, width, ""));
        StringBuilder g = new StringBuilder("Grades:");
        for (Rating r : Rating.values()) {
            if (g.length() > 7) g.append(" ·");
            g.append(' ').append(r.label()).append(' ').append(s.grades().getOrDefault(r, 0));
        }
        lines.addAll(Wrap.lines(g.toString(), width, ""));
        if (!s.leeches().isEmpty()) {
            lines.addAll(Wrap.lines("Leeches (8+ lapses) met: " + s.leeches().size() + ". Rewrite or split them; dca weak drills them.",
                    width, ""));
            for (StudyItem item : s.leeches()) {
                lines.addAll(Wrap.hanging(Wrap.firstLine(item.card().prompt()), width, "  " + item.deck().name() + "  ",
                        " ".repeat(4 + item.deck().name().length())));
            }
        }
        lines.addAll(Wrap.lines(nextDue(s.nextDue(), due, clock), width, ""));
        lines.addAll(Wrap.lines((interrupted ? "Stopped with Ctrl-C. " : "") + "Every answer is saved in " + progressFile, width, ""));
        return lines;
    }

    /** "Next due: today 14:10 (in 10m); due today 4, by tomorrow 12": when to come back, in local time. */
    static String nextDue(Instant next, dca.study.DueCounts due, java.time.Clock clock) {
        Instant now = clock.instant();
        String counts = "due today " + due.today() + ", by tomorrow " + due.tomorrow();
        if (next == null) return "Next due: nothing scheduled yet; " + counts + ".";
        java.time.ZonedDateTime at = next.atZone(clock.getZone());
        java.time.LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, at.toLocalDate());
        String when = !next.isAfter(now) ? "now"
                : days == 0 ? "today " + HM.format(at)
                : days == 1 ? "tomorrow " + HM.format(at)
                : DAY_HM.format(at) + (days > 300 ? " " + at.getYear() : "");
        String in = next.isAfter(now) ? " (in " + Intervals.label(Duration.between(now, next)) + ")" : "";
        return "Next due: " + when + in + "; " + counts + ".";
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
