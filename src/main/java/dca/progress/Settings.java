package dca.progress;

import java.time.LocalDate;

/** User settings kept in the progress file. {@code examDate} may be null. */
public record Settings(double desiredRetention, int newPerDay, boolean fuzz, LocalDate examDate) {
    public static Settings defaults() {
        return new Settings(0.9, 20, true, null);
    }
}
