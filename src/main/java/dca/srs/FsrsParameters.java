package dca.srs;

import java.time.Duration;
import java.util.List;

/**
 * Scheduler settings. {@link #defaults()} are ts-fsrs 5.x's defaults: the 21 FSRS-6 weights,
 * retention 0.9, learning steps 1m 10m, relearning 10m, maximum interval 36500 days, short-term on.
 */
public record FsrsParameters(double[] w, double desiredRetention, List<Duration> learningSteps,
                             List<Duration> relearningSteps, int maximumInterval, boolean shortTerm, boolean fuzz) {

    public static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    public FsrsParameters {
        w = w.clone();
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS, 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), 36500, true, true);
    }

    public FsrsParameters withRetention(double r) {
        return new FsrsParameters(w, r, learningSteps, relearningSteps, maximumInterval, shortTerm, fuzz);
    }

    public FsrsParameters withWeights(double[] weights) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, maximumInterval, shortTerm, fuzz);
    }

    public FsrsParameters withFuzz(boolean on) {
        return new FsrsParameters(w, desiredRetention, learningSteps, relearningSteps, maximumInterval, shortTerm, on);
    }

    @Override
    public double[] w() {
        return w.clone();
    }
}
