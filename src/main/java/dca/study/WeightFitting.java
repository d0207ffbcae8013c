package dca.study;

import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.srs.FsrsOptimizer;
import dca.srs.ModelMetrics;
import dca.srs.ReviewEvent;
import dca.srs.TrainingItem;
import dca.srs.TrainingItems;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code dca optimize} without the screen: fits personal weights to the review log, and judges them
 * on a time-ordered held-out split — weights fitted to the first three quarters of the items against
 * the current weights, both scored on the last quarter. When the fit is better there, the weights to
 * keep are fitted again to all the items.
 */
public final class WeightFitting {
    /**
     * @param reviews  answers that schedule (cram and exam left out)
     * @param items    training items (reviews a day or more after the card's previous one)
     * @param heldOut  items in the held-out quarter
     * @param current  the current weights on the held-out quarter
     * @param fitted   the weights fitted to the other three quarters, on the held-out quarter
     * @param weights  the weights fitted to all items (the defaults when there is too little data)
     * @param better   the fit predicts the held-out quarter better than the current weights (log loss)
     */
    public record Report(FsrsOptimizer.Outcome outcome, int reviews, int items, int heldOut, ModelMetrics current,
                         ModelMetrics fitted, double[] currentWeights, double[] weights, boolean better) {
        public Report {
            currentWeights = currentWeights.clone();
            weights = weights.clone();
        }

        @Override public double[] currentWeights() { return currentWeights.clone(); }

        @Override public double[] weights() { return weights.clone(); }
    }

    private WeightFitting() {}

    public static Report run(List<ReviewRecord> log, Settings settings) {
        List<ReviewEvent> events = RecallCalibration.events(log);
        // Whole days as the scheduler counts them (UTC dates).
        List<TrainingItem> items = TrainingItems.of(events, ZoneOffset.UTC);
        TrainingItems.Split split = TrainingItems.split(items);
        double[] current = settings.fsrsParameters().w();
        FsrsOptimizer optimizer = new FsrsOptimizer();
        FsrsOptimizer.Fit everything = optimizer.fit(items);
        ModelMetrics currentMetrics = ModelMetrics.evaluate(current, split.test());
        if (everything.outcome() == FsrsOptimizer.Outcome.DEFAULTS || split.test().isEmpty()) {
            return new Report(everything.outcome(), events.size(), items.size(), split.test().size(), currentMetrics,
                    currentMetrics, current, everything.weights(), false);
        }
        FsrsOptimizer.Fit trained = optimizer.fit(split.train());
        ModelMetrics fittedMetrics = ModelMetrics.evaluate(trained.weights(), split.test());
        boolean better = fittedMetrics.logLoss() < currentMetrics.logLoss();
        return new Report(everything.outcome(), events.size(), items.size(), split.test().size(), currentMetrics,
                fittedMetrics, current, everything.weights(), better);
    }
}
