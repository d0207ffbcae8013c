package dca.study.exam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A running mock exam, independent of any screen: the items in order, the countdown from an
 * injected clock, and the end (all answered, time up, or quit). An answer that arrives after the
 * time is up is not counted: the exam ends as it would have at the deadline.
 *
 * <p>There is no resume: a session lives as long as one run of the exam; quitting ends it for good
 * and a new exam is a new draw.
 */
public final class ExamSession {
    public enum End { NONE, FINISHED, TIME_UP, QUIT }

    private final List<ExamItem> items;
    private final ExamFormat format;
    private final Clock clock;
    private final Instant startedAt;
    private final Instant deadline;
    private int index;
    private Instant itemShownAt;
    private Instant endedAt;
    private Duration lastItemTime = Duration.ZERO;
    private End end = End.NONE;

    public ExamSession(List<ExamItem> items, ExamFormat format, Clock clock, Duration limit) {
        if (items.isEmpty()) throw new IllegalArgumentException("an exam needs at least one question");
        this.items = List.copyOf(items);
        this.format = format;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.deadline = startedAt.plus(limit);
        this.itemShownAt = startedAt;
    }

    public List<ExamItem> items() { return items; }
    public ExamFormat format() { return format; }
    public Instant startedAt() { return startedAt; }
    public Instant deadline() { return deadline; }
    public End end() { return end; }

    /** 0-based index of the current item. */
    public int index() { return index; }

    public boolean over() {
        checkTime();
        return end != End.NONE;
    }

    /** Ends the exam when the clock has reached the deadline; true when the exam is over. */
    public boolean checkTime() {
        if (end == End.NONE && !clock.instant().isBefore(deadline)) {
            end = End.TIME_UP;
            endedAt = deadline;
        }
        return end != End.NONE;
    }

    /** Time left, never negative. */
    public Duration remaining() {
        Duration d = Duration.between(clock.instant(), deadline);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** The item to answer now; null when the exam is over. */
    public ExamItem current() {
        return over() ? null : items.get(index);
    }

    /**
     * Answers the current DOMC item's shown option. Returns the item when this answer decided it
     * (so the caller can record it), else null — also null when the answer came too late.
     */
    public DomcItem answerDomc(boolean yes) {
        if (checkTime()) return null;
        if (!(items.get(index) instanceof DomcItem item)) throw new IllegalStateException("current item is not DOMC");
        boolean decided = item.answer(yes);
        if (!decided) return null;
        advance();
        return item;
    }

    /** Answers the current multiple-choice item; returns it, or null when the answer came too late. */
    public McqItem answerMcq(Set<Integer> letters) {
        if (checkTime()) return null;
        if (!(items.get(index) instanceof McqItem item)) throw new IllegalStateException("current item is not multiple choice");
        item.answer(letters);
        advance();
        return item;
    }

    /** How long the last decided item was on screen: the time its answer took, for the review log. */
    public Duration lastItemTime() {
        return lastItemTime;
    }

    /** Stops the exam here; the items not yet decided count as wrong. */
    public void quit() {
        if (end == End.NONE) {
            end = End.QUIT;
            endedAt = min(clock.instant(), deadline);
        }
    }

    private void advance() {
        Duration d = Duration.between(itemShownAt, clock.instant());
        lastItemTime = d.isNegative() ? Duration.ZERO : d;
        index++;
        itemShownAt = clock.instant();
        if (index >= items.size()) {
            end = End.FINISHED;
            endedAt = min(clock.instant(), deadline);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The result so far; complete only when every item was answered. */
    public ExamScore score() {
        Instant finished = endedAt != null ? endedAt : min(clock.instant(), deadline);
        return ExamScore.of(items, format, startedAt, finished, end == End.FINISHED, end);
    }
}
