package dca.study;

import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.srs.Calibration;
import dca.srs.ReviewEvent;
import dca.srs.TrainingItem;
import dca.srs.TrainingItems;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * How well the scheduler's weights have predicted this user's recall over the last 30 days: every
 * review made a day or more after the card's previous one, the recall the weights predicted for it
 * from the card's history against what happened.
 */
public record RecallCalibration(Calibration calibration, boolean fittedWeights, boolean suggestOptimize) {
    public static final int DAYS = 30;
    /** Fewer reviews than this say too little to judge the weights. */
    public static final int MIN_REVIEWS = 50;
    /** RMSE(bins) from here on, or a gap this large between mean predicted and actual recall, means the defaults fit badly. */
    static final double RMSE_LIMIT = 0.06;
    static final double GAP_LIMIT = 0.05;

    public static RecallCalibration of(List<ReviewRecord> reviews, Settings settings, Instant now) {
        // Days as the scheduler counts them (UTC dates), so predictions are the scheduler's.
        long from = now.minus(Duration.ofDays(DAYS)).toEpochMilli();
        List<TrainingItem> items = TrainingItems.of(eventsOfCardsReviewedBetween(events(reviews), from, now.toEpochMilli()), ZoneOffset.UTC);
        List<TrainingItem> recent = new ArrayList<>();
        for (TrainingItem item : items) {
            if (item.targetAt() >= from && item.targetAt() <= now.toEpochMilli()) recent.add(item);
        }
        Calibration c = Calibration.of(settings.fsrsParameters().w(), recent);
        boolean fitted = settings.weights() != null;
        boolean wrong = !fitted && c.metrics().items() >= MIN_REVIEWS
                && (c.metrics().rmseBins() >= RMSE_LIMIT || Math.abs(c.predicted() - c.actual()) >= GAP_LIMIT);
        return new RecallCalibration(c, fitted, wrong);
    }

    /**
     * The whole history of the cards answered between {@code from} and {@code to}: only their items
     * can fall in the window, and the others' would be made only to be dropped (most of a long log).
     */
    private static List<ReviewEvent> eventsOfCardsReviewedBetween(List<ReviewEvent> events, long from, long to) {
        java.util.Set<String> cards = new java.util.HashSet<>();
        for (ReviewEvent e : events) {
            long at = e.at().toEpochMilli();
            if (at >= from && at <= to) cards.add(e.card());
        }
        List<ReviewEvent> out = new ArrayList<>();
        for (ReviewEvent e : events) if (cards.contains(e.card())) out.add(e);
        return out;
    }

    /** The answers that move a schedule (not cram, not exam), as the optimizer reads them. */
    public static List<ReviewEvent> events(List<ReviewRecord> reviews) {
        List<ReviewEvent> out = new ArrayList<>(reviews.size());
        for (ReviewRecord r : reviews) {
            if (SessionPlanner.schedules(r.mode())) out.add(new ReviewEvent(r.card().value(), r.at(), r.rating()));
        }
        return out;
    }
}
