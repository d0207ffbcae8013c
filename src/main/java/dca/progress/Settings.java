package dca.progress;

import dca.srs.FsrsParameters;
import java.time.LocalDate;

/**
 * User settings kept in the progress file. {@code examDate} may be null; {@code examMode} (keep
 * every interval inside the exam date) only applies while an exam date is set; {@code weights},
 * null until {@code dca optimize} keeps a fit, are the personal FSRS weights.
 */
public record Settings(double desiredRetention, int newPerDay, boolean fuzz, LocalDate examDate, boolean examMode,
                       FittedWeights weights) {
    public Settings(double desiredRetention, int newPerDay, boolean fuzz, LocalDate examDate) {
        this(desiredRetention, newPerDay, fuzz, examDate, true, null);
    }

    public static Settings defaults() {
        return new Settings(0.9, 20, true, null, true, null);
    }

    /** The scheduler parameters these settings select: the fitted weights if any, else ts-fsrs's defaults. */
    public FsrsParameters fsrsParameters() {
        FsrsParameters p = FsrsParameters.defaults().withRetention(desiredRetention).withFuzz(fuzz);
        return weights == null ? p : p.withWeights(weights.weights());
    }

    /** Exam mode is in force: on, and an exam date set. */
    public boolean examModeActive() {
        return examMode && examDate != null;
    }

    public Settings withDesiredRetention(double r) { return new Settings(r, newPerDay, fuzz, examDate, examMode, weights); }

    public Settings withNewPerDay(int n) { return new Settings(desiredRetention, n, fuzz, examDate, examMode, weights); }

    public Settings withFuzz(boolean on) { return new Settings(desiredRetention, newPerDay, on, examDate, examMode, weights); }

    public Settings withExamDate(LocalDate d) { return new Settings(desiredRetention, newPerDay, fuzz, d, examMode, weights); }

    public Settings withExamMode(boolean on) { return new Settings(desiredRetention, newPerDay, fuzz, examDate, on, weights); }

    /** null forgets the fitted weights (back to the defaults). */
    public Settings withWeights(FittedWeights w) { return new Settings(desiredRetention, newPerDay, fuzz, examDate, examMode, w); }
}
