package dca.progress;

import dca.srs.FsrsParameters;
import java.time.LocalDate;

/** User settings kept in the progress file. {@code examDate} may be null. */
public record Settings(double desiredRetention, int newPerDay, boolean fuzz, LocalDate examDate) {
    public static Settings defaults() {
        return new Settings(0.9, 20, true, null);
    }

    /** The scheduler parameters these settings select (ts-fsrs defaults otherwise). */
    public FsrsParameters fsrsParameters() {
        return FsrsParameters.defaults().withRetention(desiredRetention).withFuzz(fuzz);
    }

    public Settings withDesiredRetention(double r) { return new Settings(r, newPerDay, fuzz, examDate); }

    public Settings withNewPerDay(int n) { return new Settings(desiredRetention, n, fuzz, examDate); }

    public Settings withFuzz(boolean on) { return new Settings(desiredRetention, newPerDay, on, examDate); }

    public Settings withExamDate(LocalDate d) { return new Settings(desiredRetention, newPerDay, fuzz, d); }
}
