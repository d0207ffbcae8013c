package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntervalsTest {
    @Test
    void labelsRoundToTheUnitAnkiWouldShow() {
        assertEquals("<1m", Intervals.label(Duration.ofSeconds(20)));
        assertEquals("10m", Intervals.label(Duration.ofSeconds(595)));
        assertEquals("3h", Intervals.label(Duration.ofMinutes(185)));
        assertEquals("8d", Intervals.label(Duration.ofHours(8 * 24 + 3)));
        assertEquals("2.5mo", Intervals.label(Duration.ofDays(76)));
        assertEquals("1.2y", Intervals.label(Duration.ofDays(440)));
    }
}
