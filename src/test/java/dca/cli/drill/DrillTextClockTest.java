package dca.cli.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DrillTextClockTest {
    /** The format the clock was written with, which it must still give. */
    private static String formatted(long millis) {
        long s = millis / 1000;
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Test
    void theClockReadsAsTheFormatSaid() {
        for (long millis : new long[] {0, 999, 1000, 9_999, 59_999, 60_000, 61_000, 599_000, 3_599_999, 3_600_000, 3_661_000,
                36_000_000, 86_399_000, 360_000_000_000L, -1_000, -61_000}) {
            assertEquals(formatted(millis), DrillText.clock(millis), millis + " ms");
        }
        assertEquals("0:05", DrillText.clock(5_400));
        assertEquals("1:01:01", DrillText.clock(3_661_000));
    }
}
