package dca.srs;

/** The numeric helpers of ts-fsrs, with JavaScript's rounding (half up, towards +infinity). */
final class FsrsMath {
    private FsrsMath() {}

    /**
     * 10^0 … 10^22: every one is a double exactly, the value {@code StrictMath.pow(10, d)} returns
     * (FsrsMathTest checks each). Computing it with pow at every rounding was a tenth of {@code dca stats}.
     */
    static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** ts-fsrs {@code roundTo}: {@code Math.round(num * 10^d) / 10^d}. */
    static double roundTo(double num, int decimals) {
        double f = decimals >= 0 && decimals < POWERS_OF_TEN.length ? POWERS_OF_TEN[decimals] : StrictMath.pow(10, decimals);
        return jsRound(num * f) / f;
    }

    /** JavaScript {@code Math.round}: the nearest integer, ties towards +infinity. */
    static double jsRound(double x) {
        // Java's Math.round is specified as the exact floor(x + 1/2), which is JavaScript's rule too.
        if (!Double.isFinite(x) || Math.abs(x) >= 0x1p52) return x;
        return Math.round(x);
    }

    static double clamp(double v, double min, double max) {
        return Math.min(Math.max(v, min), max);
    }

    /** ts-fsrs {@code clipParameters}: each weight into its allowed range. */
    static double[] clipParameters(double[] w, int relearningSteps, boolean shortTerm) {
        double[][] clip = {
            {Fsrs.S_MIN, 100}, {Fsrs.S_MIN, 100}, {Fsrs.S_MIN, 100}, {Fsrs.S_MIN, 100},
            {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75}, {0, 4.5}, {0, 0.8}, {0.001, 3.5}, {0.001, 5},
            {0.001, 0.25}, {0.001, 0.9}, {0, 4}, {0, 1}, {1, 6}, {0, 2}, {0, 2}, {shortTerm ? 0.01 : 0, 0.8},
            {0.1, 0.8},
        };
        if (relearningSteps > 1) {
            double w11 = clamp(w[11], clip[11][0], clip[11][1]);
            double w13 = clamp(w[13], clip[13][0], clip[13][1]);
            double w14 = clamp(w[14], clip[14][0], clip[14][1]);
            double value = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2, w13) - 1) + w14 * 0.3) / relearningSteps;
            double ceiling = clamp(roundTo(Math.sqrt(Math.max(value, 0)), 8), 0.01, 2);
            clip[17][1] = ceiling;
            clip[18][1] = ceiling;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) out[i] = clamp(w[i], clip[i][0], clip[i][1]);
        return out;
    }

    /** ts-fsrs {@code get_fuzz_range}: {min, max} whole days a fuzzed interval may take. */
    static int[] fuzzRange(double interval, long elapsedDays, int maximumInterval) {
        double delta = 1;
        delta += 0.15 * Math.max(Math.min(interval, 7) - 2.5, 0);
        delta += 0.1 * Math.max(Math.min(interval, 20) - 7, 0);
        delta += 0.05 * Math.max(interval - 20, 0);
        interval = Math.min(interval, maximumInterval);
        double minIvl = Math.max(2, jsRound(interval - delta));
        double maxIvl = Math.min(jsRound(interval + delta), maximumInterval);
        if (interval > elapsedDays) minIvl = Math.max(minIvl, elapsedDays + 1);
        minIvl = Math.min(minIvl, maxIvl);
        return new int[] {(int) minIvl, (int) maxIvl};
    }
}
