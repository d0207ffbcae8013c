package dca.study;

import dca.deck.CardId;
import dca.deck.Deck;
import dca.progress.CardProgress;
import dca.progress.ProgressException;
import dca.progress.ReviewRecord;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A drill independent of any screen: the current question, answering it (durably, before the next
 * card is chosen), undo of answers, skip, and the summary. Learning cards come back within the
 * session when their step is due, or up to {@link #LEARN_AHEAD} early when nothing else is left.
 */
public final class StudySession {
    /** Anki's default: a learning card may be shown this much before its step is due if nothing else is left. */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    public static final int LEECH_LAPSES = 8;

    /** Which part of the queue a card came from. */
    public enum Origin { DUE, NEW, LEARNING }

    private final List<Deck> decks;
    private final ProgressLog log;
    private final Scheduler scheduler;
    private final Clock clock;
    private final QuestionMaker maker;
    private final boolean reschedule;
    private final Map<CardId, CardProgress> progress;
    /** Answers so far per card, cram included: seeds the option order of its next presentation. */
    private final Map<CardId, Integer> answers = new HashMap<>();

    private Queue queue;
    private Question current;
    private Origin currentOrigin;
    private final ArrayDeque<Undo> undo = new ArrayDeque<>();

    /** Everything an answer changes besides the card's progress; copied for undo. */
    private static final class Queue {
        ArrayDeque<StudyItem> due = new ArrayDeque<>();
        ArrayDeque<StudyItem> fresh = new ArrayDeque<>();
        List<SessionPlan.Pending> learning = new ArrayList<>();
        Set<String> buried = new HashSet<>();
        Set<CardId> answered = new HashSet<>();
        int reviewed;
        int right;
        int skipped;
        long millis;
        EnumMap<Rating, Integer> grades = new EnumMap<>(Rating.class);
        LinkedHashMap<CardId, StudyItem> leeches = new LinkedHashMap<>();

        Queue copy() {
            Queue q = new Queue();
            q.due = new ArrayDeque<>(due);
            q.fresh = new ArrayDeque<>(fresh);
            q.learning = new ArrayList<>(learning);
            q.buried = new HashSet<>(buried);
            q.answered = new HashSet<>(answered);
            q.reviewed = reviewed;
            q.right = right;
            q.skipped = skipped;
            q.millis = millis;
            q.grades = new EnumMap<>(grades);
            q.leeches = new LinkedHashMap<>(leeches);
            return q;
        }
    }

    private record Undo(Queue queue, Question question, Origin origin, CardProgress before) {}

    public StudySession(List<Deck> decks, SessionPlan plan, ProgressLog log, Scheduler scheduler, Clock clock,
                        SessionOptions options) {
        this.decks = List.copyOf(decks);
        this.log = log;
        this.scheduler = scheduler;
        this.clock = clock;
        this.maker = new QuestionMaker(options.presentation());
        this.reschedule = options.reschedule();
        this.progress = new HashMap<>(log.cards());
        // Each card's reviews so far seed its choice shuffle; the log is not read whole for it.
        answers.putAll(log.history().counts(SessionPlanner.items(decks).keySet()));
        this.queue = new Queue();
        queue.due.addAll(plan.due());
        queue.fresh.addAll(plan.fresh());
        queue.learning.addAll(plan.learning());
        // The plan has already left out siblings studied earlier today; the session buries its own.
    }

    public boolean reschedules() { return reschedule; }

    /** The question to answer now, or empty when the session is over. */
    public Optional<Question> current() {
        if (current == null) pickNext();
        return Optional.ofNullable(current);
    }

    public Origin currentOrigin() { return currentOrigin; }

    /** The card's state before this answer (a fresh state for a card never studied). */
    public MemoryState memory(StudyItem item) {
        CardProgress p = progress.get(item.id());
        return p == null ? MemoryState.fresh(clock.instant()) : p.memory();
    }

    public Optional<CardProgress> progress(CardId id) {
        return Optional.ofNullable(progress.get(id));
    }

    /** What each grade would do to the current card; empty when cramming (nothing is rescheduled). */
    public Map<Rating, MemoryState> preview() {
        if (current == null || !reschedule) return Map.of();
        StudyItem item = current.item();
        return scheduler.preview(memory(item), clock.instant(), item.id().value());
    }

    /** Self-grades the current card. {@code mode}: flash, typed or list. */
    public Answer grade(Rating rating, String mode, long millis) throws ProgressException {
        requireCurrent();
        return record(rating, null, Set.of(), mode, millis);
    }

    /** Answers the current choice question with option indexes: exactly the right ones is Good, else Again. */
    public Answer choose(Set<Integer> picked, long millis) throws ProgressException {
        requireCurrent();
        if (!current.isChoice()) throw new IllegalStateException("not a choice question");
        boolean right = picked.equals(current.rightOptions());
        return record(right ? Rating.GOOD : Rating.AGAIN, right, picked, "choice", millis);
    }

    private Answer record(Rating rating, Boolean correct, Set<Integer> picked, String mode, long millis)
            throws ProgressException {
        Instant now = clock.instant();
        Question q = current;
        StudyItem item = q.item();
        CardProgress before = progress.get(item.id());
        MemoryState memBefore = memory(item);
        MemoryState after = reschedule ? scheduler.next(memBefore, rating, now, item.id().value()) : memBefore;
        CardProgress afterProgress = new CardProgress(item.deck().name(), item.card().prompt(), after);
        ReviewRecord review = new ReviewRecord(item.id(), now, rating, reschedule ? mode : "cram", Math.max(0, millis));

        log.answer(item.id(), afterProgress, review);
        answers.merge(item.id(), 1, Integer::sum);

        undo.push(new Undo(queue.copy(), q, currentOrigin, before));
        progress.put(item.id(), afterProgress);
        queue.answered.add(item.id());
        queue.buried.add(item.note());
        queue.reviewed++;
        if (rating != Rating.AGAIN) queue.right++;
        queue.millis += Math.max(0, millis);
        queue.grades.merge(rating, 1, Integer::sum);
        if (after.lapses() >= LEECH_LAPSES) queue.leeches.putIfAbsent(item.id(), item);
        if (reschedule) {
            if (after.state() == CardState.LEARNING || after.state() == CardState.RELEARNING) {
                queue.learning.add(new SessionPlan.Pending(item, after.due()));
            }
        } else if (rating == Rating.AGAIN) {
            queue.due.addLast(item); // cramming: a missed card comes back at the end
        }
        current = null;
        currentOrigin = null;
        return new Answer(q, rating, correct, picked, after, now, reschedule);
    }

    /** Takes back the last answer: the card's progress, the review log entry and the queue. */
    public Optional<StudyItem> undo() throws ProgressException {
        Undo u = undo.peek();
        if (u == null) return Optional.empty();
        StudyItem item = u.question().item();
        log.undo(item.id(), u.before());
        undo.pop();
        answers.merge(item.id(), -1, Integer::sum);
        if (u.before() == null) progress.remove(item.id());
        else progress.put(item.id(), u.before());
        queue = u.queue();
        current = u.question();
        currentOrigin = u.origin();
        return Optional.of(item);
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    /** Leaves the current card for another session; its siblings are not buried. */
    public void skip() {
        requireCurrent();
        queue.skipped++;
        current = null;
        currentOrigin = null;
    }

    /** Cards answered so far plus skipped: the header's position is this plus one. */
    public int done() { return queue.reviewed + queue.skipped; }

    /** Cards answered, skipped, current and still queued. */
    public int total() {
        return done() + (current != null ? 1 : 0) + remainingDue() + remainingNew();
    }

    /** Due reviews still queued, learning cards included, the current card excluded. */
    public int remainingDue() {
        Instant horizon = clock.instant().plus(LEARN_AHEAD);
        int learning = 0;
        for (SessionPlan.Pending p : queue.learning) {
            if (!p.due().isAfter(horizon)) learning++;
        }
        return countUnburied(queue.due) + learning;
    }

    public int remainingNew() {
        return countUnburied(queue.fresh);
    }

    public Summary summary() {
        Instant nextDue = null;
        Instant now = clock.instant();
        for (Deck d : decks) {
            for (var c : d.cards()) {
                CardProgress p = progress.get(c.id());
                if (p == null || p.memory().state() == CardState.NEW) continue;
                Instant due = p.memory().due();
                if (reschedule || due.isAfter(now)) {
                    if (nextDue == null || due.isBefore(nextDue)) nextDue = due;
                }
            }
        }
        return new Summary(queue.reviewed, queue.right, queue.millis, queue.grades, queue.skipped, nextDue,
                List.copyOf(queue.leeches.values()));
    }

    private void pickNext() {
        Instant now = clock.instant();
        queue.learning.sort(Comparator.comparing(SessionPlan.Pending::due).thenComparing(p -> p.item().id()));
        SessionPlan.Pending first = queue.learning.isEmpty() ? null : queue.learning.get(0);
        if (first != null && !first.due().isAfter(now)) {
            take(first);
            return;
        }
        StudyItem next = pollUnburied(queue.due);
        Origin origin = Origin.DUE;
        if (next == null) {
            next = pollUnburied(queue.fresh);
            origin = Origin.NEW;
        }
        if (next != null) {
            current = maker.question(next, answers.getOrDefault(next.id(), 0));
            currentOrigin = origin;
        } else if (first != null && !first.due().isAfter(now.plus(LEARN_AHEAD))) {
            take(first);
        }
    }

    private void take(SessionPlan.Pending p) {
        queue.learning.remove(p);
        current = maker.question(p.item(), answers.getOrDefault(p.item().id(), 0));
        currentOrigin = Origin.LEARNING;
    }

    private boolean buried(StudyItem item) {
        return queue.buried.contains(item.note()) && !queue.answered.contains(item.id());
    }

    private StudyItem pollUnburied(ArrayDeque<StudyItem> q) {
        while (!q.isEmpty()) {
            StudyItem item = q.pollFirst();
            if (!buried(item)) return item;
        }
        return null;
    }

    private int countUnburied(ArrayDeque<StudyItem> q) {
        int n = 0;
        for (StudyItem item : q) {
            if (!buried(item)) n++;
        }
        return n;
    }

    private void requireCurrent() {
        if (current().isEmpty()) throw new IllegalStateException("no card to answer: the session is over");
    }
}
