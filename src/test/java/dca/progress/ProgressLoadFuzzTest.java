package dca.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Loading a progress file of any bytes ends in a loaded store or a {@link ProgressException} (exit 3
 * with a message), never another exception; a refused file is left byte for byte; a loaded one can
 * be saved and loaded again with the same reviews. Plain {@code ./mvnw test} replays the inputs
 * under {@code ProgressLoadFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (README, Reliability).
 */
class ProgressLoadFuzzTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static Path dir;

    @FuzzTest(maxDuration = "60s")
    void loadAnyBytes(byte[] input) throws Exception {
        if (dir == null) dir = Files.createTempDirectory("dca-progress-fuzz");
        Path file = dir.resolve("progress.json");
        Files.deleteIfExists(dir.resolve("progress.json.bak"));
        Files.write(file, input);
        int reviews;
        try (ProgressStore s = ProgressStore.open(file, CLOCK)) {
            reviews = s.reviews().size();
            // Whatever loaded must save again: an exam record makes a full rewrite of the file.
            s.addExam(new ExamRecord(CLOCK.instant(), CLOCK.instant(), "mcq", 1, 1, true, java.util.Map.of(), java.util.List.of()));
        } catch (ProgressException refused) {
            assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
            assertArrayEquals(input, Files.readAllBytes(file), "a refused file is never written");
            return;
        }
        try (ProgressStore again = ProgressStore.openReadOnly(file, CLOCK)) {
            assertEquals(reviews, again.reviews().size());
        }
    }
}
