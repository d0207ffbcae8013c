package dca.srs;

import java.util.ArrayList;
import java.util.List;

/**
 * Predicted against actual recall: the items grouped by the recall the weights predicted for them
 * (bands of predicted probability), each band's mean prediction and share actually recalled, with
 * the log loss and RMSE(bins) of {@link ModelMetrics}.
 */
public record Calibration(List<Band> bands, ModelMetrics metrics, double predicted, double actual) {
    /** Band edges of predicted recall; the last band includes 1. */
    static final double[] EDGES = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1};

    public record Band(double from, double to, int count, double predicted, double actual) {}

    public static Calibration of(double[] weights, List<TrainingItem> items) {
        double[] p = ModelMetrics.predictions(new TrainingModel(weights), items);
        int k = EDGES.length - 1;
        int[] count = new int[k];
        double[] pred = new double[k];
        double[] real = new double[k];
        double sumP = 0, sumY = 0;
        for (int i = 0; i < p.length; i++) {
            int b = 0;
            while (b < k - 1 && p[i] >= EDGES[b + 1]) b++;
            count[b]++;
            pred[b] += p[i];
            real[b] += items.get(i).label();
            sumP += p[i];
            sumY += items.get(i).label();
        }
        List<Band> bands = new ArrayList<>();
        for (int b = 0; b < k; b++) {
            if (count[b] > 0) bands.add(new Band(EDGES[b], EDGES[b + 1], count[b], pred[b] / count[b], real[b] / count[b]));
        }
        int n = p.length;
        return new Calibration(bands, ModelMetrics.evaluate(weights, items),
                n == 0 ? Double.NaN : sumP / n, n == 0 ? Double.NaN : sumY / n);
    }
}
