package dca.srs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a set of weights predicts recall on some items, as fsrs-rs's {@code evaluate} measures
 * it: the mean log loss, and RMSE(bins) — items binned by interval, review count and lapses
 * ({@code r_matrix_index}), the root of the count-weighted mean squared gap between predicted and
 * actual recall per bin.
 */
public record ModelMetrics(double logLoss, double rmseBins, int items) {
    private static final double R_EPS = 1e-7;

    /** Every item counts once, as fsrs-rs scores a held-out split. */
    public static ModelMetrics evaluate(double[] weights, List<TrainingItem> items) {
        return evaluate(weights, items, null);
    }

    /**
     * With a weight per item (null: all 1): the weighted mean log loss, and each bin's squared gap
     * (between its unweighted mean prediction and mean outcome) weighted by the bin's total weight.
     */
    static ModelMetrics evaluate(double[] weights, List<TrainingItem> items, double[] itemWeights) {
        if (items.isEmpty()) return new ModelMetrics(Double.NaN, Double.NaN, 0);
        TrainingModel model = new TrainingModel(weights);
        double[] predicted = predictions(model, items);
        double loss = 0, totalWeight = 0;
        Map<Long, double[]> bins = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            TrainingItem item = items.get(i);
            double weight = itemWeights == null ? 1 : itemWeights[i];
            double p = Math.min(Math.max(predicted[i], R_EPS), 1 - R_EPS);
            int y = item.label();
            loss -= weight * (y == 1 ? Math.log(p) : Math.log(1 - p));
            totalWeight += weight;
            double[] bin = bins.computeIfAbsent(bin(item), k -> new double[4]);
            bin[0] += predicted[i];
            bin[1] += y;
            bin[2] += 1;
            bin[3] += weight;
        }
        double sum = 0, binWeights = 0;
        for (double[] b : bins.values()) {
            double gap = b[0] / b[2] - b[1] / b[2];
            sum += gap * gap * b[3];
            binWeights += b[3];
        }
        return new ModelMetrics(loss / totalWeight, Math.sqrt(sum / binWeights), items.size());
    }

    /** Predicted recall of each item, one pass per card over its history. */
    static double[] predictions(TrainingModel model, List<TrainingItem> items) {
        Map<CardReviews, List<Integer>> byCard = new IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) byCard.computeIfAbsent(items.get(i).card(), k -> new ArrayList<>()).add(i);
        double[] out = new double[items.size()];
        int[] lengths = new int[16];
        double[] values = new double[16];
        for (Map.Entry<CardReviews, List<Integer>> e : byCard.entrySet()) {
            List<Integer> idx = e.getValue();
            idx.sort((a, b) -> Integer.compare(items.get(a).length(), items.get(b).length()));
            if (lengths.length < idx.size()) {
                lengths = new int[idx.size()];
                values = new double[idx.size()];
            }
            for (int k = 0; k < idx.size(); k++) lengths[k] = items.get(idx.get(k)).length();
            model.predictPrefixes(e.getKey(), lengths, idx.size(), values);
            for (int k = 0; k < idx.size(); k++) out[idx.get(k)] = values[k];
        }
        return out;
    }

    /** fsrs-rs {@code r_matrix_index}: (interval bin, length bin, lapse bin) packed in one key. */
    static long bin(TrainingItem item) {
        double t = item.targetDelta();
        long deltaBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(t) / Math.log(3.62))) * 100);
        double length = item.longTermReviews() + 1.0;
        long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
        int lapses = item.historyLapses();
        long lapseBin = lapses == 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
        return (deltaBin << 32) ^ (lengthBin << 16) ^ lapseBin;
    }
}
