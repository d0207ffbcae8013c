package dca.progress;

import java.time.Instant;
import java.util.Arrays;

/**
 * Personal FSRS weights fitted by {@code dca optimize}: the 21 weights, when they were fitted and
 * on how many reviews.
 */
public record FittedWeights(double[] weights, Instant fittedAt, int reviews) {
    public FittedWeights {
        if (weights.length != 21) throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.length);
        for (double w : weights) {
            if (!Double.isFinite(w)) throw new IllegalArgumentException("non-finite FSRS weight");
        }
        weights = weights.clone();
    }

    @Override
    public double[] weights() { return weights.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedWeights f && Arrays.equals(weights, f.weights) && fittedAt.equals(f.fittedAt)
                && reviews == f.reviews;
    }

    @Override
    public int hashCode() { return Arrays.hashCode(weights) * 31 + fittedAt.hashCode() + reviews; }

    @Override
    public String toString() { return "FittedWeights" + Arrays.toString(weights) + "@" + fittedAt + "/" + reviews; }
}
