package dca.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.CardId;
import dca.progress.FittedWeights;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.srs.FsrsOptimizer;
import dca.srs.FsrsParameters;
import dca.srs.ModelMetrics;
import dca.srs.OptimizerCase;
import dca.srs.ReviewEvent;
import dca.srs.TrainingItems;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightFittingTest {
    /** A committed synthetic student's log as the progress file would hold it, with cram and exam answers mixed in. */
    static List<ReviewRecord> log(String name) {
        List<ReviewRecord> log = new ArrayList<>();
        for (ReviewEvent e : OptimizerCase.load(name).log()) {
            CardId id = CardId.pinned(e.card());
            log.add(new ReviewRecord(id, e.at(), e.rating(), "flash", 6000));
            if (e.card().hashCode() % 7 == 0) log.add(new ReviewRecord(id, e.at().plusSeconds(30), dca.srs.Rating.AGAIN, "cram", 3000));
        }
        log.sort(java.util.Comparator.comparing(ReviewRecord::at));
        return log;
    }

    @Test
    void fitsOnTheLogLeavingCramOutAndBeatsTheDefaultsOnTheHeldOutQuarter() {
        List<ReviewRecord> log = log("cards1000-days120-seed4");
        WeightFitting.Report r = WeightFitting.run(log, Settings.defaults());
        assertEquals(FsrsOptimizer.Outcome.FITTED, r.outcome());
        long scheduling = log.stream().filter(x -> !x.mode().equals("cram")).count();
        assertEquals(scheduling, r.reviews());
        assertTrue(r.better());
        assertTrue(r.fitted().logLoss() < r.current().logLoss());
        assertEquals(r.items() / 4, r.heldOut());
        assertArrayEquals(FsrsParameters.DEFAULT_WEIGHTS, r.currentWeights());
        // The kept weights are fitted to every item: the optimizer on the whole log gives them.
        List<ReviewEvent> events = RecallCalibration.events(log);
        assertArrayEquals(new FsrsOptimizer().fit(TrainingItems.of(events, ZoneOffset.UTC)).weights(), r.weights());
        // Held-out metrics are the current weights' on the last quarter.
        var split = TrainingItems.split(TrainingItems.of(events, ZoneOffset.UTC));
        assertEquals(ModelMetrics.evaluate(FsrsParameters.DEFAULT_WEIGHTS, split.test()), r.current());
    }

    @Test
    void weightsAlreadyFittedAreNotBeatenByTheSameFit() {
        List<ReviewRecord> log = log("cards300-days60-seed2");
        WeightFitting.Report first = WeightFitting.run(log, Settings.defaults());
        Settings fitted = Settings.defaults().withWeights(new FittedWeights(first.weights(), Instant.EPOCH, first.reviews()));
        WeightFitting.Report again = WeightFitting.run(log, fitted);
        assertArrayEquals(first.weights(), again.currentWeights());
        // weights fitted to everything know the held-out quarter already: a fit without it cannot do better
        assertFalse(again.better());
    }

    @Test
    void tooFewReviewsKeepTheDefaults() {
        List<ReviewRecord> log = log("cards300-days60-seed1").subList(0, 40);
        WeightFitting.Report r = WeightFitting.run(log, Settings.defaults());
        assertEquals(FsrsOptimizer.Outcome.DEFAULTS, r.outcome());
        assertFalse(r.better());
        assertArrayEquals(FsrsParameters.DEFAULT_WEIGHTS, r.weights());
    }
}
