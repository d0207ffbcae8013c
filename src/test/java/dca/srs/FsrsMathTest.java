package dca.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FsrsMathTest {
    @Test
    void theTableOfPowersOfTenIsWhatPowGives() {
        for (int d = 0; d < FsrsMath.POWERS_OF_TEN.length; d++) {
            assertEquals(Double.doubleToRawLongBits(StrictMath.pow(10, d)), Double.doubleToRawLongBits(FsrsMath.POWERS_OF_TEN[d]), "10^" + d);
        }
        assertEquals(23, FsrsMath.POWERS_OF_TEN.length);
    }

    @Test
    void roundingIsTheSameInsideAndOutsideTheTable() {
        assertEquals(1.23456789, FsrsMath.roundTo(1.234567891234, 8));
        assertEquals(0.13, FsrsMath.roundTo(0.125, 2)); // half up, as JavaScript rounds
        assertEquals(-0.12, FsrsMath.roundTo(-0.125, 2));
        double f = StrictMath.pow(10, 30); // past the table: pow, as before
        assertEquals(FsrsMath.jsRound(1.5 * f) / f, FsrsMath.roundTo(1.5, 30));
        assertEquals(100.0, FsrsMath.roundTo(123.4, -2));
    }
}
