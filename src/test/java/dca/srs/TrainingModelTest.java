package dca.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written gradient against central finite differences, on random histories and weights. */
class TrainingModelTest {
    @Test
    void gradientMatchesFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(7);
        int checked = 0;
        for (int trial = 0; trial < 200; trial++) {
            double[] w = FsrsParameters.DEFAULT_WEIGHTS.clone();
            for (int i = 0; i < w.length; i++) w[i] *= 0.7 + 0.6 * random.nextDouble();
            w = FsrsMath.clipParameters(w, 1, true);
            int n = 2 + random.nextInt(12);
            int[] ratings = new int[n];
            int[] deltas = new int[n];
            for (int i = 0; i < n; i++) {
                ratings[i] = 1 + random.nextInt(4);
                deltas[i] = i == 0 ? 0 : random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(40);
            }
            deltas[n - 1] = 1 + random.nextInt(30);
            TrainingItem item = new TrainingItem(new CardReviews(ratings, deltas, new long[n]), n);
            double weight = 0.25 + random.nextDouble();
            double[] grad = new double[21];
            double loss = new TrainingModel(w).lossAndGradient(item, weight, grad);
            assertEquals(loss, loss(w, item, weight), 1e-12);
            for (int k = 0; k < 21; k++) {
                double h = 1e-6 * Math.max(1, Math.abs(w[k]));
                double[] up = w.clone();
                double[] down = w.clone();
                up[k] += h;
                down[k] -= h;
                double numeric = (loss(up, item, weight) - loss(down, item, weight)) / (2 * h);
                // A kink (clamp, floor or branch switch) inside ±h makes the difference meaningless.
                if (Math.abs(loss(up, item, weight) - 2 * loss + loss(down, item, weight)) > 1e-9) continue;
                assertEquals(numeric, grad[k], 1e-5 * Math.max(1, Math.abs(numeric)), "w" + k + " trial " + trial);
                checked++;
            }
        }
        assertEquals(true, checked > 3000, "enough smooth points checked: " + checked);
    }

    private static double loss(double[] w, TrainingItem item, double weight) {
        double p = new TrainingModel(w).predict(item);
        return -weight * (item.label() == 1 ? Math.log(p) : Math.log(1 - p));
    }
}
