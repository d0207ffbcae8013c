package dca.srs;

/**
 * Johannes Baagøe's Alea generator exactly as ts-fsrs ships it (with its Mash hash), so a fuzzed
 * interval here equals the one ts-fsrs computes from the same seed string. JavaScript's
 * {@code >>> 0} and {@code | 0} are reproduced with explicit 32-bit truncation.
 */
final class Alea {
    private static final double TWO_POW_MINUS_32 = 2.3283064365386963e-10;

    private double c;
    private double s0;
    private double s1;
    private double s2;

    Alea(String seed) {
        Mash mash = new Mash();
        c = 1;
        s0 = mash.hash(" ");
        s1 = mash.hash(" ");
        s2 = mash.hash(" ");
        s0 -= mash.hash(seed);
        if (s0 < 0) s0 += 1;
        s1 -= mash.hash(seed);
        if (s1 < 0) s1 += 1;
        s2 -= mash.hash(seed);
        if (s2 < 0) s2 += 1;
    }

    /** The next value in [0, 1). */
    double next() {
        double t = 2091639 * s0 + c * TWO_POW_MINUS_32;
        s0 = s1;
        s1 = s2;
        c = toInt32(t);
        s2 = t - c;
        return s2;
    }

    /** JavaScript ToUint32 for finite values. */
    static double toUint32(double x) {
        if (!Double.isFinite(x)) return 0;
        double t = x < 0 ? Math.ceil(x) : Math.floor(x);
        double m = t % 4294967296.0;
        if (m < 0) m += 4294967296.0;
        return m;
    }

    /** JavaScript ToInt32 for finite values. */
    static double toInt32(double x) {
        double u = toUint32(x);
        return u >= 2147483648.0 ? u - 4294967296.0 : u;
    }

    private static final class Mash {
        private double n = 4022871197.0;

        double hash(String data) {
            for (int i = 0; i < data.length(); i++) {
                n += data.charAt(i);
                double h = 0.02519603282416938 * n;
                n = toUint32(h);
                h -= n;
                h *= n;
                n = toUint32(h);
                h -= n;
                n += h * 4294967296.0;
            }
            return toUint32(n) * TWO_POW_MINUS_32;
        }
    }
}
