package dca.study;

import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.progress.CardProgress;
import dca.progress.FirstReview;
import dca.progress.ProgressException;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.srs.CardState;
import dca.srs.MemoryState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a session's queue as Anki does: review cards due today first, least likely to be
 * recalled first; then new cards up to the day's new-card limit (counted per calendar day across
 * sessions from the review log); cards in learning steps come back when their step is due; siblings
 * of a card studied today are buried until tomorrow.
 *
 * <p>With an exam date the day's new-card limit is the pacing plan's ({@link Pacing}); in exam mode a
 * card due after the exam is due on its day of the final window ({@link ExamCalendar#effectiveDue}).
 */
public final class SessionPlanner {
    private final Scheduler scheduler;

    public SessionPlanner(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public SessionPlan plan(List<Deck> decks, Map<CardId, CardProgress> progress, List<ReviewRecord> reviews,
                            Settings settings, Instant now, ZoneId zone, SessionOptions options) {
        try {
            return plan(decks, progress, ReviewHistory.of(reviews), settings, now, zone, options);
        } catch (ProgressException e) {
            throw new IllegalStateException("a log in memory cannot fail to read", e);
        }
    }

    /** As above, reading of the review log only what planning needs. */
    public SessionPlan plan(List<Deck> decks, Map<CardId, CardProgress> progress, ReviewHistory reviews,
                            Settings settings, Instant now, ZoneId zone, SessionOptions options) throws ProgressException {
        Map<CardId, StudyItem> items = items(decks);
        LocalDate today = now.atZone(zone).toLocalDate();
        ExamCalendar exam = settings.examDate() == null ? null : ExamCalendar.of(settings.examDate(), zone);
        ExamCalendar examMode = settings.examModeActive() ? exam : null;
        Instant endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant();

        Set<CardId> studiedToday = new HashSet<>();
        int newToday = newCardsStartedOn(today, zone, reviews, studiedToday);
        Set<String> buried = new HashSet<>();
        for (CardId id : studiedToday) {
            StudyItem item = items.get(id);
            if (item != null) buried.add(item.note());
        }

        record Scored(StudyItem item, double recall, Instant due) {}
        List<Scored> due = new ArrayList<>();
        List<StudyItem> fresh = new ArrayList<>();
        List<SessionPlan.Pending> learning = new ArrayList<>();
        int unseen = 0;
        for (StudyItem item : items.values()) {
            CardProgress p = progress.get(item.id());
            MemoryState m = p == null ? null : p.memory();
            boolean siblingBuried = buried.contains(item.note()) && !studiedToday.contains(item.id());
            if (m == null || m.state() == CardState.NEW) {
                unseen++;
                if (!siblingBuried) fresh.add(item);
            } else if (m.state() == CardState.LEARNING || m.state() == CardState.RELEARNING) {
                learning.add(new SessionPlan.Pending(item, m.due()));
            } else {
                Instant when = examMode == null ? m.due() : examMode.effectiveDue(item.id().value(), m);
                if (when.isBefore(endOfDay) && !siblingBuried) due.add(new Scored(item, scheduler.retrievability(m, now), when));
            }
        }
        due.sort(Comparator.comparingDouble(Scored::recall).thenComparing(Scored::due)
                .thenComparing(s -> s.item().id()));
        learning.sort(Comparator.comparing(SessionPlan.Pending::due).thenComparing(p -> p.item().id()));

        List<StudyItem> dueItems = new ArrayList<>(due.stream().map(Scored::item).toList());
        if (options.limit() != null && dueItems.size() > Math.max(0, options.limit())) {
            dueItems = dueItems.subList(0, Math.max(0, options.limit()));
        }
        // One card per note a day: a new card whose sibling is due, or comes earlier, waits.
        Set<String> notes = new HashSet<>();
        for (StudyItem item : dueItems) notes.add(item.note());
        int perDay = Pacing.newToday(exam, today, unseen, newToday, settings.newPerDay());
        int newLimit = options.newCards() != null ? options.newCards() : perDay - newToday;
        if (options.limit() != null) newLimit = Math.min(newLimit, options.limit() - dueItems.size());
        List<StudyItem> newItems = new ArrayList<>();
        for (StudyItem item : fresh) {
            if (newItems.size() >= newLimit) break;
            if (notes.add(item.note())) newItems.add(item);
        }
        return new SessionPlan(dueItems, newItems, learning, buried);
    }

    /** A fixed list of cards (weak cards, cram), in the order given, with no new cards. */
    public static SessionPlan fixed(List<StudyItem> items) {
        return new SessionPlan(items, List.of(), List.of(), Set.of());
    }

    /** Cards of the decks by id, each once, in deck and source order. */
    public static Map<CardId, StudyItem> items(List<Deck> decks) {
        Map<CardId, StudyItem> items = new LinkedHashMap<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) items.putIfAbsent(c.id(), new StudyItem(c, d));
        }
        return items;
    }

    /**
     * New cards started on {@code day}: cards whose first scheduled review (first in the log) falls on
     * that day. Cram and exam answers do not schedule and do not count. Fills {@code studied} with
     * every card reviewed that day. Reads only that day's reviews and those cards' first reviews.
     */
    public static int newCardsStartedOn(LocalDate day, ZoneId zone, List<ReviewRecord> reviews, Set<CardId> studied) {
        try {
            return newCardsStartedOn(day, zone, ReviewHistory.of(reviews), studied);
        } catch (ProgressException e) {
            throw new IllegalStateException("a log in memory cannot fail to read", e);
        }
    }

    /** As above, reading only the day's reviews and the first reviews of the cards studied that day. */
    public static int newCardsStartedOn(LocalDate day, ZoneId zone, ReviewHistory reviews, Set<CardId> studied) throws ProgressException {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        for (ReviewRecord r : reviews.since(start)) {
            if (schedules(r.mode()) && r.at().isBefore(end)) studied.add(r.card());
        }
        int count = 0;
        for (Map.Entry<CardId, Map<String, FirstReview>> e : reviews.firstReviews(studied).entrySet()) {
            FirstReview first = null;
            for (Map.Entry<String, FirstReview> m : e.getValue().entrySet()) {
                if (!schedules(m.getKey().isEmpty() ? null : m.getKey())) continue;
                if (first == null || m.getValue().position() < first.position()) first = m.getValue();
            }
            if (first != null && !first.at().isBefore(start) && first.at().isBefore(end)) count++;
        }
        return count;
    }

    /** Modes whose answers move a card's schedule. */
    public static boolean schedules(String mode) {
        return mode == null || !(mode.equals("cram") || mode.equals("exam"));
    }
}
