package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.progress.FittedWeights;
import dca.progress.ReviewRecord;
import dca.progress.Settings;
import dca.srs.Calibration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecallCalibrationTest {
    @Test
    void defaultsThatMispredictAStudentSuggestOptimizingAndFittedWeightsPredictBetter() {
        List<ReviewRecord> log = WeightFittingTest.log("cards3000-days365-seed5");
        Instant now = log.get(log.size() - 1).at().plusSeconds(60);
        RecallCalibration defaults = RecallCalibration.of(log, Settings.defaults(), now);
        Calibration c = defaults.calibration();
        // Only the last 30 days' reviews a day or more after the previous one are scored.
        long recent = log.stream().filter(r -> !r.mode().equals("cram") && !r.at().isBefore(now.minusSeconds(30 * 86400L))).count();
        assertTrue(c.metrics().items() > 100 && c.metrics().items() < recent, c.metrics().items() + " of " + recent);
        int banded = c.bands().stream().mapToInt(Calibration.Band::count).sum();
        assertEquals(c.metrics().items(), banded);
        // this student remembers better than the defaults expect
        assertTrue(c.actual() > c.predicted() + RecallCalibration.GAP_LIMIT, c.actual() + " vs " + c.predicted());
        assertTrue(defaults.suggestOptimize());

        WeightFitting.Report fit = WeightFitting.run(log, Settings.defaults());
        Settings withFit = Settings.defaults().withWeights(new FittedWeights(fit.weights(), now, fit.reviews()));
        RecallCalibration fitted = RecallCalibration.of(log, withFit, now);
        assertFalse(fitted.suggestOptimize());
        assertTrue(fitted.calibration().metrics().logLoss() < c.metrics().logLoss());
        assertTrue(Math.abs(fitted.calibration().actual() - fitted.calibration().predicted()) < 0.02);
    }
}
