package dca.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
    @Test
    void aPercentReadsAsItsFormatSaid() {
        for (double f : new double[] {0, 0.004, 0.005, 0.05, 0.123, 0.5, 0.995, 0.999, 1, 1.5, 12.34, -0.004, -0.05, -0.5, -2}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%3d%%", Math.round(f * 100)), Charts.percent(f), "fraction " + f);
        }
        assertEquals("  – ", Charts.percent(Double.NaN));
    }

    @Test
    void barsUseEighthBlocksAndKeepTheirWidth() {
        assertEquals("█████     ", Charts.bar(0.5, 10));
        assertEquals("█▌  ", Charts.bar(0.375, 4));
        assertEquals("    ", Charts.bar(0, 4));
        assertEquals("████", Charts.bar(1.5, 4));
    }

    @Test
    void sparklineScalesToTheLargest() {
        assertEquals("▁▅█", Charts.sparkline(List.of(0, 50, 100)));
        assertEquals("▁▁", Charts.sparkline(List.of(0, 0)));
    }

    @Test
    void shadesAndClock() {
        assertEquals('·', Charts.shade(0, 10));
        assertEquals('░', Charts.shade(1, 10));
        assertEquals('█', Charts.shade(10, 10));
        assertEquals("90:00", Charts.clock(Duration.ofMinutes(90)));
        assertEquals("00:59", Charts.clock(Duration.ofSeconds(59)));
        assertEquals("2h00m", Charts.clock(Duration.ofMinutes(120)));
    }

    @Test
    void colourOnlyWhenAllowed() {
        assertEquals("x", new Charts(false, 80).color("x", 1, 0.9));
        assertEquals("\u001b[32mx\u001b[0m", new Charts(true, 80).color("x", 1, 0.9));
    }
}
