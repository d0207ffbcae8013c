package dca.cli.text;

import dca.srs.Calibration;
import dca.study.ExamForecast;
import dca.study.RecallCalibration;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/** The parts of {@code dca stats} about the exam day and about how well the scheduler predicts you. */
public final class ExamReadinessText {
    private final PrintStream out;
    private final int width;

    /** {@code width}: the columns to wrap the text at. */
    public ExamReadinessText(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    private void say(String text, String indent) {
        for (String l : Wrap.hanging(text.strip(), width, indent, indent)) out.println(l);
    }

    /** Predicted score on the exam day if you follow the plan, with exam mode and without it. */
    public void examDay(LocalDate exam, ExamForecast.Result withMode, ExamForecast.Result without, boolean modeOn) {
        say(String.format(Locale.ROOT, "Exam day %s, following the plan (dca plan): predicted score %d%% with exam mode, %d%% without",
                exam, Math.round(withMode.predicted() * 100), Math.round(without.predicted() * 100)), "");
        say(modeOn ? "(exam mode is on: every card is seen once in the last days before the exam)"
                : "(exam mode is off: dca config set exam-mode on)", "  ");
    }

    public void calibration(RecallCalibration rc) {
        Calibration c = rc.calibration();
        int n = c.metrics().items();
        say(String.format(Locale.ROOT, "Calibration, last %d days: predicted against actual recall (%d reviews, %s)",
                RecallCalibration.DAYS, n, rc.fittedWeights() ? "your fitted weights" : "FSRS default weights"), "");
        if (n == 0) {
            say("no review a day or more after a card's previous one in the last " + RecallCalibration.DAYS + " days", "  ");
            return;
        }
        out.println(String.format(Locale.ROOT, "  %-9s %7s %9s %7s", "predicted", "reviews", "predicted", "actual"));
        for (Calibration.Band b : c.bands()) {
            out.println(String.format(Locale.ROOT, "  %3d–%3d%% %8d %8.1f%% %6.1f%%", Math.round(b.from() * 100),
                    Math.round(b.to() * 100), b.count(), b.predicted() * 100, b.actual() * 100));
        }
        say(String.format(Locale.ROOT, "log loss %.4f · RMSE(bins) %.2f%% · mean predicted %.1f%% · actual %.1f%%",
                c.metrics().logLoss(), c.metrics().rmseBins() * 100, c.predicted() * 100, c.actual() * 100), "  ");
        if (rc.suggestOptimize()) {
            say("The default weights look wrong for you: run dca optimize to fit your own.", "  ");
        } else if (n < RecallCalibration.MIN_REVIEWS) {
            say(String.format(Locale.ROOT, "(fewer than %d reviews: too few to judge the weights yet)", RecallCalibration.MIN_REVIEWS), "  ");
        }
    }
}
