package dca.srs;

/** The Adam optimizer as burn (and so fsrs-rs) implements it: β1 0.9, β2 0.999, ε 1e-8 added after the root. */
final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double[] m;
    private final double[] v;
    private int time;

    Adam(int n) {
        m = new double[n];
        v = new double[n];
    }

    void step(double lr, double[] w, double[] grad) {
        time++;
        double c1 = 1 - Math.pow(BETA1, time);
        double c2 = 1 - Math.pow(BETA2, time);
        for (int i = 0; i < w.length; i++) {
            double g = grad[i];
            m[i] = m[i] * BETA1 + g * (1 - BETA1);
            v[i] = v[i] * BETA2 + g * g * (1 - BETA2);
            w[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
        }
    }
}
