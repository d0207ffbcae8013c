package dca.study.stats;

import dca.deck.Card;
import dca.deck.CardDomain;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.progress.CardProgress;
import dca.progress.ReviewRecord;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Study statistics over some decks and the progress file: rows per chapter and per domain, review
 * activity, the due forecast and exam readiness. Pure: everything comes in as arguments.
 *
 * <p>Definitions:
 * <ul>
 *   <li>Mean recall averages every card's recall probability; a card never studied counts as 0.</li>
 *   <li>The exam date means the start of that day in the user's time zone (never before now).</li>
 *   <li>True retention: reviews in the last 30 days of cards that were in the review state just
 *       before the review (found by replaying each card's review log from new), and the share of
 *       them not rated Again.</li>
 *   <li>Predicted exam score: each domain's mean recall on the exam date, weighted by the exam
 *       weights over all six domains; a domain with no cards counts as 0.</li>
 *   <li>Reviews per day to stay on target: every card is simulated from its current state, graded
 *       Good at each due date, until its next due date falls on or after the exam date (when the
 *       scheduler's interval ends, recall has just fallen to the target). The reviews this takes
 *       before the exam, divided by the days left, is the estimate. It assumes every answer is
 *       right, so it is a lower bound.</li>
 * </ul>
 */
public final class StudyStats {
    public static final int LEECH_LAPSES = 8;
    public static final int RETENTION_DAYS = 30;
    public static final int HEATMAP_WEEKS = 12;
    public static final int FORECAST_DAYS = 14;
    public static final int ACTIVITY_DAYS = 14;
    private static final int MAX_SIMULATED_REVIEWS = 100;

    /** Everything stats read. {@code examDate} may be null. */
    public record Input(List<Deck> decks, Map<CardId, CardProgress> progress, List<ReviewRecord> reviews,
                        double target, LocalDate examDate, Instant now, ZoneId zone, MemoryModel model) {}

    /** Readiness on the exam date (or now, without one). */
    public record Readiness(Map<Domain, Double> recall, Map<Domain, Integer> cards, double predicted,
                            int reviewsNeeded, int daysLeft) {
        /** Reviews per day to keep every card at the target; NaN without an exam date. */
        public double reviewsPerDay() {
            return daysLeft <= 0 ? Double.NaN : (double) reviewsNeeded / daysLeft;
        }
    }

    public record Result(List<StatsRow> chapters, List<StatsRow> domains, StatsRow total, List<String> leeches,
                         Map<LocalDate, Integer> reviewsPerDay, Map<LocalDate, Long> msPerDay,
                         List<Integer> forecast, LocalDate today, Instant examInstant, Readiness readiness) {}

    /** A card in a deck, with its recall now and on the exam date (NaN without one), each computed once. */
    private record Entry(Card card, Deck deck, Domain domain, CardProgress progress, double recallNow, double recallExam) {}

    private StudyStats() {}

    public static Result compute(Input in) {
        Instant now = in.now();
        LocalDate today = LocalDate.ofInstant(now, in.zone());
        Instant examInstant = null;
        if (in.examDate() != null) {
            Instant start = in.examDate().atStartOfDay(in.zone()).toInstant();
            examInstant = start.isBefore(now) ? now : start;
        }

        // A card (one id, one progress) can appear in several chapters: it counts in each chapter's
        // row, but once in the domain rows, the total and readiness.
        List<Entry> entries = new ArrayList<>();
        Map<CardId, Entry> byId = new HashMap<>();
        Map<String, List<Entry>> byDeck = new LinkedHashMap<>();
        for (Deck deck : in.decks()) {
            for (Card card : deck.cards()) {
                CardProgress p = in.progress().get(card.id());
                Entry e = new Entry(card, deck, CardDomain.of(card, deck).orElse(null), p,
                        recall(p, in.model(), now), examInstant == null ? Double.NaN : recall(p, in.model(), examInstant));
                byDeck.computeIfAbsent(deck.name(), k -> new ArrayList<>()).add(e);
                if (byId.containsKey(card.id())) continue;
                entries.add(e);
                byId.put(card.id(), e);
            }
        }

        // Replay each card's log to know its state before each review (for true retention).
        Map<CardId, List<ReviewRecord>> logs = new HashMap<>();
        List<ReviewRecord> sorted = new ArrayList<>(in.reviews());
        sorted.sort(Comparator.comparing(ReviewRecord::at));
        for (ReviewRecord r : sorted) {
            if (byId.containsKey(r.card())) logs.computeIfAbsent(r.card(), k -> new ArrayList<>()).add(r);
        }
        Instant retentionFrom = now.minus(Duration.ofDays(RETENTION_DAYS));
        Map<CardId, int[]> retention = new HashMap<>();
        for (Map.Entry<CardId, List<ReviewRecord>> log : logs.entrySet()) {
            List<ReviewRecord> list = log.getValue();
            // Only the state before each review in the window counts: replay up to the last of them
            // (a card with none is not replayed at all; the scheduler's steps are most of stats' time).
            int last = list.size() - 1;
            while (last >= 0 && !inWindow(list.get(last), retentionFrom, now)) last--;
            MemoryState state = null;
            int[] counts = new int[2];
            for (int i = 0; i <= last; i++) {
                ReviewRecord r = list.get(i);
                if (state == null) state = MemoryState.fresh(r.at());
                if (state.state() == CardState.REVIEW && inWindow(r, retentionFrom, now)) {
                    counts[0]++;
                    if (r.rating() != Rating.AGAIN) counts[1]++;
                }
                if (i < last) state = in.model().next(state, r.rating(), r.at());
            }
            retention.put(log.getKey(), counts);
        }

        Map<Domain, List<Entry>> byDomain = new EnumMap<>(Domain.class);
        for (Entry e : entries) {
            if (e.domain() != null) byDomain.computeIfAbsent(e.domain(), k -> new ArrayList<>()).add(e);
        }
        Instant examAt = examInstant;
        List<StatsRow> chapters = new ArrayList<>();
        byDeck.forEach((name, list) -> chapters.add(row(name, list, in, examAt, retention)));
        List<StatsRow> domains = new ArrayList<>();
        byDomain.forEach((d, list) -> domains.add(row(d.slug(), list, in, examAt, retention)));
        StatsRow total = row("all", entries, in, examAt, retention);

        List<String> leeches = new ArrayList<>();
        for (Entry e : entries) {
            if (e.progress() != null && e.progress().memory().lapses() >= LEECH_LAPSES) {
                leeches.add(e.deck().name() + " · " + e.card().prompt() + " (" + e.progress().memory().lapses() + " lapses)");
            }
        }

        // Review activity over the heatmap's span (it covers the shorter per-day chart too).
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        Map<LocalDate, Long> msPerDay = new TreeMap<>();
        LocalDate firstDay = today.minusDays(HEATMAP_WEEKS * 7L - 1);
        for (List<ReviewRecord> log : logs.values()) {
            for (ReviewRecord r : log) {
                LocalDate day = LocalDate.ofInstant(r.at(), in.zone());
                if (day.isBefore(firstDay) || day.isAfter(today)) continue;
                perDay.merge(day, 1, Integer::sum);
                msPerDay.merge(day, Math.max(0, r.ms()), Long::sum);
            }
        }

        List<Integer> forecast = new ArrayList<>(Collections.nCopies(FORECAST_DAYS, 0));
        for (Entry e : entries) {
            if (!studied(e)) continue;
            LocalDate due = LocalDate.ofInstant(e.progress().memory().due(), in.zone());
            long offset = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(today, due));
            if (offset < FORECAST_DAYS) forecast.set((int) offset, forecast.get((int) offset) + 1);
        }

        return new Result(chapters, domains, total, leeches, perDay, msPerDay, forecast, today, examInstant,
                readiness(byDomain, in, examInstant));
    }

    private static boolean inWindow(ReviewRecord r, Instant from, Instant now) {
        return !r.at().isBefore(from) && !r.at().isAfter(now);
    }

    private static boolean studied(Entry e) {
        return studied(e.progress());
    }

    private static boolean studied(CardProgress p) {
        return p != null && p.memory().state() != CardState.NEW;
    }

    private static double recall(CardProgress p, MemoryModel model, Instant at) {
        return studied(p) ? model.recall(p.memory(), at) : 0;
    }

    private static StatsRow row(String label, List<Entry> list, Input in, Instant examAt, Map<CardId, int[]> retention) {
        Map<CardState, Integer> byState = new EnumMap<>(CardState.class);
        double now = 0, exam = 0;
        int reviews = 0, kept = 0, leeches = 0;
        for (Entry e : list) {
            CardState s = e.progress() == null ? CardState.NEW : e.progress().memory().state();
            byState.merge(s, 1, Integer::sum);
            now += e.recallNow();
            if (examAt != null) exam += e.recallExam();
            int[] r = retention.get(e.card().id());
            if (r != null) {
                reviews += r[0];
                kept += r[1];
            }
            if (e.progress() != null && e.progress().memory().lapses() >= LEECH_LAPSES) leeches++;
        }
        int n = list.size();
        return new StatsRow(label, n, byState, n == 0 ? 0 : now / n,
                examAt == null ? Double.NaN : n == 0 ? 0 : exam / n, reviews, kept, leeches);
    }

    private static Readiness readiness(Map<Domain, List<Entry>> byDomain, Input in, Instant examInstant) {
        Map<Domain, Double> recall = new EnumMap<>(Domain.class);
        Map<Domain, Integer> cards = new EnumMap<>(Domain.class);
        double weighted = 0;
        int weights = 0;
        for (Domain d : Domain.values()) {
            List<Entry> list = byDomain.getOrDefault(d, List.of());
            double sum = 0;
            for (Entry e : list) sum += examInstant != null ? e.recallExam() : e.recallNow();
            double mean = list.isEmpty() ? 0 : sum / list.size();
            recall.put(d, mean);
            cards.put(d, list.size());
            weighted += d.weight() * mean;
            weights += d.weight();
        }
        int needed = 0;
        int days = 0;
        if (examInstant != null) {
            days = (int) Math.max(0, Math.ceil(Duration.between(in.now(), examInstant).toMinutes() / (24.0 * 60)));
            for (List<Entry> list : byDomain.values()) {
                for (Entry e : list) needed += reviewsUntil(e, in, examInstant);
            }
        }
        return new Readiness(recall, cards, weighted / weights, needed, days);
    }

    /** Reviews a card needs before {@code exam} so that its next due date is on or after it. */
    static int reviewsUntil(Entry e, Input in, Instant exam) {
        MemoryState s = e.progress() == null ? MemoryState.fresh(in.now()) : e.progress().memory();
        int n = 0;
        while (s.due().isBefore(exam) && n < MAX_SIMULATED_REVIEWS) {
            Instant at = s.due().isBefore(in.now()) ? in.now() : s.due();
            s = in.model().next(s, Rating.GOOD, at);
            n++;
        }
        return n;
    }
}
