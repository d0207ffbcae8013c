package dca.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * dca's optimizer against fsrs-rs on synthetic students: same items, same split; dca's weights must
 * predict the held-out quarter within 1 % of fsrs-rs's log loss, and better than the defaults.
 */
class FsrsOptimizerOracleTest {
    static List<String> cases() {
        return OptimizerCase.NAMES;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void heldOutLogLossMatchesFsrsRsAndBeatsTheDefaults(String name) {
        OptimizerCase c = OptimizerCase.load(name);
        List<TrainingItem> items = TrainingItems.of(c.log(), ZoneOffset.UTC);
        TrainingItems.Split split = TrainingItems.split(items);
        assertEquals((int) c.number("/items/all"), items.size(), "items built from the log");
        assertEquals((int) c.number("/items/train"), split.train().size());

        long t0 = System.nanoTime();
        FsrsOptimizer.Fit fit = new FsrsOptimizer().fit(split.train());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        ModelMetrics dca = ModelMetrics.evaluate(fit.weights(), split.test());
        ModelMetrics fsrsRs = ModelMetrics.evaluate(c.weights("/fsrsRs/weights"), split.test());
        ModelMetrics defaults = ModelMetrics.evaluate(FsrsParameters.DEFAULT_WEIGHTS, split.test());
        System.out.printf("%s: dca %.4f (%.4f) in %d ms, fsrs-rs %.4f (%.4f; its own evaluate %.4f %.4f) in %d ms, defaults %.4f%n",
                name, dca.logLoss(), dca.rmseBins(), ms, fsrsRs.logLoss(), fsrsRs.rmseBins(),
                c.number("/fsrsRs/heldOut/logLoss"), c.number("/fsrsRs/heldOut/rmseBins"), (long) c.number("/fsrsRs/fitMs"),
                defaults.logLoss());
        System.out.println("  dca     " + java.util.Arrays.toString(round(fit.weights())));
        System.out.println("  fsrs-rs " + java.util.Arrays.toString(round(c.weights("/fsrsRs/weights"))));

        // dca's model and metrics score fsrs-rs's weights as fsrs-rs's own evaluate does (which
        // filters outliers and weights by recency, so it is not the held-out measure itself).
        for (String which : List.of("heldOut", "heldOutDefaults", "heldOutTrue")) {
            double[] w = c.weights(which.equals("heldOut") ? "/fsrsRs/weights"
                    : which.equals("heldOutDefaults") ? "/defaultWeights" : "/trueWeights");
            List<TrainingItem> scored = FsrsOptimizer.filtered(split.test()).train();
            ModelMetrics own = ModelMetrics.evaluate(w, scored, FsrsOptimizer.recencyWeights(scored.size()));
            assertEquals(c.number("/fsrsRs/" + which + "/logLoss"), own.logLoss(), 2e-5, which);
            assertEquals(c.number("/fsrsRs/" + which + "/rmseBins"), own.rmseBins(), 2e-5, which);
        }
        assertEquals(FsrsOptimizer.Outcome.FITTED, fit.outcome());
        assertTrue(dca.logLoss() <= fsrsRs.logLoss() * 1.01,
                () -> name + ": dca " + dca.logLoss() + " vs fsrs-rs " + fsrsRs.logLoss());
        assertTrue(dca.logLoss() < defaults.logLoss(), () -> name + ": dca " + dca.logLoss() + " vs defaults " + defaults.logLoss());
    }

    private static double[] round(double[] w) {
        double[] r = new double[w.length];
        for (int i = 0; i < w.length; i++) r[i] = Math.round(w[i] * 1e4) / 1e4;
        return r;
    }
}
