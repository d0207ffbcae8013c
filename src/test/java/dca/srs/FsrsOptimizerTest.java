package dca.srs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FsrsOptimizerTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void sameDayReviewsStayInTheHistoryButAreNeverTargets() {
        List<ReviewEvent> log = List.of(
                new ReviewEvent("a", T0, Rating.AGAIN),
                new ReviewEvent("a", T0.plusSeconds(60), Rating.GOOD),
                new ReviewEvent("b", T0.plusSeconds(90), Rating.GOOD),
                new ReviewEvent("a", T0.plusSeconds(86_400), Rating.GOOD),
                new ReviewEvent("a", T0.plusSeconds(86_400 + 600), Rating.HARD),
                new ReviewEvent("b", T0.plusSeconds(3 * 86_400), Rating.AGAIN),
                new ReviewEvent("a", T0.plusSeconds(4 * 86_400), Rating.EASY));
        List<TrainingItem> items = TrainingItems.of(log, ZoneOffset.UTC);
        assertEquals(3, items.size());
        // a: day 1 after two same-day reviews; b: day 3; a: day 4 with the whole history before it
        assertEquals(3, items.get(0).length());
        assertEquals(1, items.get(0).targetDelta());
        assertEquals(2, items.get(1).length());
        assertEquals(0, items.get(1).label());
        assertEquals(5, items.get(2).length());
        assertArrayEquals(new int[] {1, 3, 3, 2, 4}, Arrays.copyOf(items.get(2).card().ratings(), 5));
        assertArrayEquals(new int[] {0, 0, 1, 0, 3}, Arrays.copyOf(items.get(2).card().deltaDays(), 5));
        assertEquals(7, TrainingItems.reviews(items));
    }

    @Test
    void tooFewItemsGiveTheDefaults() {
        FsrsOptimizer.Fit fit = new FsrsOptimizer().fit(items(5));
        assertEquals(FsrsOptimizer.Outcome.DEFAULTS, fit.outcome());
        assertArrayEquals(FsrsParameters.DEFAULT_WEIGHTS, fit.weights());
    }

    @Test
    void fewItemsFitTheInitialStabilitiesOnly() {
        FsrsOptimizer.Fit fit = new FsrsOptimizer().fit(items(60));
        assertEquals(FsrsOptimizer.Outcome.INITIAL_STABILITY, fit.outcome());
        double[] w = fit.weights();
        assertArrayEquals(Arrays.copyOfRange(FsrsParameters.DEFAULT_WEIGHTS, 4, 21), Arrays.copyOfRange(w, 4, 21));
        assertNotEquals(FsrsParameters.DEFAULT_WEIGHTS[2], w[2]);
        // One grade seen: all four scaled from the defaults by what that grade's data says.
        double scale = w[2] / FsrsParameters.DEFAULT_WEIGHTS[2];
        for (int i = 0; i < 4; i++) assertEquals(FsrsParameters.DEFAULT_WEIGHTS[i] * scale, w[i], 1e-12);
        // 80 % recalled after a day is well below the defaults' prediction for Good (about 96 %).
        assertTrue(scale < 0.5, "scale " + scale);
    }

    @Test
    void aFullFitIsDeterministicAndWithinTheBounds() {
        OptimizerCase c = OptimizerCase.load("cards300-days60-seed2");
        List<TrainingItem> items = TrainingItems.of(c.log(), ZoneOffset.UTC);
        FsrsOptimizer.Fit a = new FsrsOptimizer().fit(items);
        FsrsOptimizer.Fit b = new FsrsOptimizer().fit(TrainingItems.of(c.log(), ZoneOffset.UTC));
        assertEquals(FsrsOptimizer.Outcome.FITTED, a.outcome());
        assertArrayEquals(a.weights(), b.weights());
        assertArrayEquals(FsrsMath.clipParameters(a.weights(), 1, true), a.weights());
        FsrsOptimizer.Fit otherSeed = new FsrsOptimizer(new FsrsOptimizer.Config(5, 512, 4e-2, 64, 1.0, 99)).fit(items);
        assertTrue(!Arrays.equals(a.weights(), otherSeed.weights()), "the seed orders the batches");
    }

    @Test
    void cosineLearningRateFallsToZeroOverTheRun() {
        CosineAnnealing lr = new CosineAnnealing(100, 0.04);
        double first = lr.next();
        double last = first;
        for (int i = 2; i <= 100; i++) last = lr.next();
        assertEquals(0.04 * (1 + Math.cos(Math.PI / 100)) / 2, first, 1e-15);
        assertEquals(0, last, 1e-15);
    }

    /**
     * n cards first graded Good and seen again the next day, a fifth of them forgotten: one
     * pretraining group, which the outlier filter keeps once it holds 20 items or more.
     */
    private static List<TrainingItem> items(int n) {
        List<ReviewEvent> log = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            log.add(new ReviewEvent("c" + i, T0.plusSeconds(i), Rating.GOOD));
            log.add(new ReviewEvent("c" + i, T0.plusSeconds(86_400L + i), i % 5 == 0 ? Rating.AGAIN : Rating.GOOD));
        }
        return TrainingItems.of(log, ZoneOffset.UTC);
    }
}
