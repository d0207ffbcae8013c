package dca.study;

import dca.deck.CardId;
import dca.deck.Deck;
import dca.progress.CardProgress;
import dca.progress.ReviewRecord;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks studied cards by risk (DESIGN §7). Each signal adds to the score and to the "why":
 * leech (8+ lapses) +5; recall now below the target +20 × shortfall; each failure in the last 7 days
 * +2 (up to three); stability under 7 days up to +2; difficulty above 7 up to +1.5.
 * Cards with no signal are not weak and are left out.
 */
public final class WeakRanking {
    public static final Duration RECENT = Duration.ofDays(7);
    static final double SHORT_STABILITY_DAYS = 7;
    static final double HIGH_DIFFICULTY = 7;

    private final Scheduler scheduler;

    public WeakRanking(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public List<WeakCard> rank(List<Deck> decks, Map<CardId, CardProgress> progress, List<ReviewRecord> reviews,
                               Instant now) {
        Map<CardId, Integer> recentFails = new HashMap<>();
        Instant since = now.minus(RECENT);
        for (ReviewRecord r : reviews) {
            if (r.rating() == Rating.AGAIN && r.at().isAfter(since) && !r.at().isAfter(now)) {
                recentFails.merge(r.card(), 1, Integer::sum);
            }
        }
        double target = scheduler.desiredRetention();
        List<WeakCard> weak = new ArrayList<>();
        for (StudyItem item : SessionPlanner.items(decks).values()) {
            CardProgress p = progress.get(item.id());
            if (p == null || p.memory().state() == CardState.NEW) continue;
            MemoryState m = p.memory();
            double recall = scheduler.retrievability(m, now);
            double score = 0;
            List<String> why = new ArrayList<>();
            if (m.lapses() >= StudySession.LEECH_LAPSES) {
                score += 5;
                why.add("leech: " + m.lapses() + " lapses");
            }
            if (recall < target) {
                score += 20 * (target - recall);
                why.add(String.format(Locale.ROOT, "recall %d%% < %d%%", Math.round(recall * 100), Math.round(target * 100)));
            }
            int fails = recentFails.getOrDefault(item.id(), 0);
            if (fails > 0) {
                score += 2 * Math.min(fails, 3);
                why.add("failed " + fails + "× in 7 days");
            }
            if (m.stability() < SHORT_STABILITY_DAYS) {
                score += 2 * (SHORT_STABILITY_DAYS - m.stability()) / SHORT_STABILITY_DAYS;
                why.add("stability " + days(m.stability()));
            }
            if (m.difficulty() > HIGH_DIFFICULTY) {
                score += 1.5 * (m.difficulty() - HIGH_DIFFICULTY) / (10 - HIGH_DIFFICULTY);
                why.add(String.format(Locale.ROOT, "difficulty %.1f", m.difficulty()));
            }
            if (!why.isEmpty()) weak.add(new WeakCard(item, p, recall, score, String.join("; ", why)));
        }
        weak.sort(Comparator.comparingDouble(WeakCard::score).reversed()
                .thenComparingDouble(WeakCard::recall).thenComparing(w -> w.item().id()));
        return weak;
    }

    static String days(double d) {
        return d < 10 ? String.format(Locale.ROOT, "%.1fd", d) : Math.round(d) + "d";
    }
}
