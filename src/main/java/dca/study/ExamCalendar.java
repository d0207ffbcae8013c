package dca.study;

import dca.srs.CardState;
import dca.srs.MemoryState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days that matter before an exam: new cards are introduced until the final window (the last
 * {@code windowDays} days before the exam date, for review only); in exam mode every card is seen
 * once in that window, on a day picked from its id so the window's load is spread evenly.
 */
public record ExamCalendar(LocalDate examDate, int windowDays, ZoneId zone) {
    /** Review-only days before the exam when nothing else is said. */
    public static final int DEFAULT_WINDOW_DAYS = 3;

    public ExamCalendar {
        if (windowDays < 1) throw new IllegalArgumentException("the final window needs a day at least");
    }

    public static ExamCalendar of(LocalDate examDate, ZoneId zone) {
        return new ExamCalendar(examDate, DEFAULT_WINDOW_DAYS, zone);
    }

    /** The start of the exam day: recall "on the day" is measured here. */
    public Instant examStart() {
        return examDate.atStartOfDay(zone).toInstant();
    }

    /** The first day of the final window. */
    public LocalDate windowStart() {
        return examDate.minusDays(windowDays);
    }

    public Instant windowStartInstant() {
        return windowStart().atStartOfDay(zone).toInstant();
    }

    /** Days left to introduce new cards, today included (0 once the window has begun). */
    public int introductionDays(LocalDate today) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(today, windowStart()));
    }

    public boolean before(Instant t) {
        return t.isBefore(examStart());
    }

    /** The window day a card gets its last review on, from a hash of its id. */
    public LocalDate spreadDay(String cardKey) {
        int h = mix(cardKey.hashCode());
        return windowStart().plusDays(Math.floorMod(h, windowDays));
    }

    /**
     * When a review card is really due in exam mode: one due on or after the exam day that has not
     * been reviewed in the final window is due on its window day; otherwise its own due.
     */
    public Instant effectiveDue(String cardKey, MemoryState m) {
        if (m.state() != CardState.REVIEW || m.due().isBefore(examStart())) return m.due();
        if (m.lastReview() != null && !m.lastReview().isBefore(windowStartInstant())) return m.due();
        return spreadDay(cardKey).atStartOfDay(zone).toInstant();
    }

    /**
     * Exam mode applied to a state the scheduler just produced at {@code now}: before the exam, a
     * due date on or after the exam day becomes the card's window day (or, during the window, the
     * exam morning); from the exam day on, the state is left as it is.
     */
    public MemoryState keepInside(MemoryState next, Instant now, String cardKey) {
        if (!before(now) || next.due().isBefore(examStart())) return next;
        Instant due = now.isBefore(windowStartInstant())
                ? spreadDay(cardKey).atStartOfDay(zone).toInstant()
                : examStart();
        if (!due.isAfter(now)) due = examStart();
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(due, zone)));
        return new MemoryState(next.state(), next.step(), next.stability(), next.difficulty(), due, next.lastReview(),
                days, next.reps(), next.lapses());
    }

    /** A finalizer-style bit mix, so ids that differ in one character land on different days. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
