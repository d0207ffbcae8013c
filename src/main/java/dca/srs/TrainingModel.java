package dca.srs;

/**
 * The FSRS-6 memory model as fsrs-rs trains it ({@code model.rs}): one forward pass over an
 * item's history gives the stability before the target review, and from it the predicted recall;
 * {@link #lossAndGradient} runs the pass backwards by hand (reverse mode) for the gradient of the
 * weighted log loss with respect to all 21 weights.
 *
 * <p>Differences from the scheduler ({@link Fsrs}) are fsrs-rs's, on purpose: no rounding, whole
 * days as given, and clamping of
 * stability to [0.001, 36500] and difficulty to [1, 10] at every step. Gradients follow the branch
 * taken and are zero through a clamp that is active, as automatic differentiation gives them.
 */
final class TrainingModel {
    static final int N = 21;
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;
    private static final double LN_09 = Math.log(0.9);
    /** The smallest and largest recall fed to the log loss, so a certain prediction stays finite. */
    private static final double R_EPS = 1e-7;

    // One review's step kinds, for the backward pass.
    private static final byte INIT = 0;
    private static final byte SHORT_TERM = 1;
    private static final byte SHORT_TERM_FLOOR = 2;
    private static final byte FORGET = 3;
    private static final byte FORGET_FLOOR = 4;
    private static final byte RECALL = 5;

    private final double[] w;
    private final double decay;
    private final double factor;
    /** d factor / d decay. */
    private final double factorPerDecay;
    private final double expW8;
    private final double initD4;
    private final double exp3W5;
    private final double forgetFloor;
    /** exp(w17 (g − 3 + w18)) for g = 1..4. */
    private final double[] shortTermGain = new double[5];

    // Per-step records of the last forward pass (histories are at most a few hundred reviews).
    private byte[] kind = new byte[64];
    private boolean[] sClamp = new boolean[64];
    private boolean[] dClamp = new boolean[64];
    private double[] ls = new double[64];
    private double[] ld = new double[64];
    private double[] rr = new double[64];
    private double[] nd1 = new double[64];
    private double[] aux = new double[64];
    private double[] aux2 = new double[64];

    TrainingModel(double[] weights) {
        if (weights.length != N) throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.length);
        this.w = weights.clone();
        this.decay = -w[20];
        this.factor = Math.exp(LN_09 / decay) - 1;
        this.factorPerDecay = (factor + 1) * (-LN_09 / (decay * decay));
        this.expW8 = Math.exp(w[8]);
        this.exp3W5 = Math.exp(3 * w[5]);
        this.initD4 = w[4] - exp3W5 + 1;
        this.forgetFloor = Math.exp(-w[17] * w[18]);
        for (int g = 1; g <= 4; g++) shortTermGain[g] = Math.exp(w[17] * (g - 3 + w[18]));
    }

    double[] weights() { return w.clone(); }

    /** Predicted recall of the item's target review. */
    double predict(TrainingItem item) {
        return recall(item.targetDelta(), forward(item.card(), item.length() - 1));
    }

    /**
     * Predicted recall of several items of one card in one pass over its history: {@code lengths}
     * in increasing order, each an item length of {@code card}; results into {@code out}.
     */
    void predictPrefixes(CardReviews card, int[] lengths, int count, double[] out) {
        double s = 0, d = 0;
        int done = 0;
        for (int k = 0; k < count; k++) {
            int historyLength = lengths[k] - 1;
            for (; done < historyLength; done++) {
                double[] sd = step(card.ratings()[done], card.deltaDays()[done], s, d, done, false);
                s = sd[0];
                d = sd[1];
            }
            out[k] = recall(card.deltaDays()[historyLength], s);
        }
    }

    private final double[] pair = new double[2];

    /** Stability after the first {@code history} reviews. */
    private double forward(CardReviews card, int history) {
        double s = 0, d = 0;
        for (int i = 0; i < history; i++) {
            double[] sd = step(card.ratings()[i], card.deltaDays()[i], s, d, i, false);
            s = sd[0];
            d = sd[1];
        }
        return s;
    }

    double recall(double t, double s) {
        return Math.exp(decay * Math.log1p(factor * t / s));
    }

    /**
     * Adds the gradient of {@code weight × logloss(item)} to {@code grad}; returns that loss.
     */
    double lossAndGradient(TrainingItem item, double weight, double[] grad) {
        CardReviews card = item.card();
        int h = item.length() - 1;
        ensure(h);
        double s = 0, d = 0;
        for (int i = 0; i < h; i++) {
            double[] sd = step(card.ratings()[i], card.deltaDays()[i], s, d, i, true);
            s = sd[0];
            d = sd[1];
        }
        double t = item.targetDelta();
        double lnBase = Math.log1p(factor * t / s);
        double r = Math.exp(decay * lnBase);
        double rc = Math.min(Math.max(r, R_EPS), 1 - R_EPS);
        int y = item.label();
        double loss = -weight * (y == 1 ? Math.log(rc) : Math.log(1 - rc));
        double dLdR = r != rc ? 0 : -weight * (y == 1 ? 1 / r : -1 / (1 - r));
        // R = exp(decay · ln(1 + factor t / s))
        double base = 1 + factor * t / s;
        double dRdS = r * decay * (-factor * t / (s * s)) / base;
        double dRdDecay = r * (lnBase + decay * (t / s) * factorPerDecay / base);
        grad[20] -= dLdR * dRdDecay;
        double aS = dLdR * dRdS;
        double aD = 0;
        for (int i = h - 1; i >= 1; i--) {
            int g = card.ratings()[i];
            double ans = sClamp[i] ? 0 : aS;
            double and2 = dClamp[i] ? 0 : aD;
            // difficulty: nd2 = w7·D0(4) + (1 − w7)·nd1, nd1 = ld + (10 − ld)(−w6 (g − 3))/9
            grad[4] += and2 * w[7];
            grad[5] += and2 * w[7] * (-3 * exp3W5);
            grad[7] += and2 * (initD4 - nd1[i]);
            double and1 = and2 * (1 - w[7]);
            grad[6] += and1 * (-(10 - ld[i]) * (g - 3) / 9.0);
            double aLd = and1 * (1 + w[6] * (g - 3) / 9.0);
            double aLs = 0;
            double sPrev = ls[i];
            double ns = aux[i];
            switch (kind[i]) {
                case SHORT_TERM_FLOOR -> aLs = ans;
                case SHORT_TERM -> {
                    // ns = e(g) · ls^(1 − w19)
                    aLs = ans * ns * (1 - w[19]) / sPrev;
                    grad[17] += ans * ns * (g - 3 + w[18]);
                    grad[18] += ans * ns * w[17];
                    grad[19] += ans * ns * -Math.log(sPrev);
                }
                case FORGET_FLOOR -> {
                    // ns = ls · exp(−w17 w18)
                    aLs = ans * forgetFloor;
                    grad[17] -= ans * ns * w[18];
                    grad[18] -= ans * ns * w[17];
                }
                case FORGET -> {
                    // ns = w11 · ld^−w12 · ((ls + 1)^w13 − 1) · exp((1 − r) w14)
                    double r0 = rr[i];
                    double pw = Math.pow(sPrev + 1, w[13]);
                    double b = pw - 1;
                    grad[11] += ans * ns / w[11];
                    grad[12] += ans * ns * -Math.log(ld[i]);
                    grad[13] += ans * ns / b * pw * Math.log(sPrev + 1);
                    grad[14] += ans * ns * (1 - r0);
                    aLd += ans * ns * (-w[12] / ld[i]);
                    aLs = ans * ns / b * w[13] * pw / (sPrev + 1);
                    double aR = ans * ns * -w[14];
                    aLs += recallBackward(aR, r0, card.deltaDays()[i], sPrev, grad);
                }
                case RECALL -> {
                    // ns = ls (1 + e^w8 (11 − ld) ls^−w9 (e^((1 − r) w10) − 1) · hard · easy)
                    double r0 = rr[i];
                    double e10 = Math.exp((1 - r0) * w[10]);
                    double q = e10 - 1;
                    double hard = g == 2 ? w[15] : 1;
                    double easy = g == 4 ? w[16] : 1;
                    double coef = aux2[i] * hard * easy; // e^w8 (11 − ld) ls^−w9 · hard · easy
                    double inc = coef * q;
                    grad[8] += ans * sPrev * inc;
                    grad[9] += ans * sPrev * inc * -Math.log(sPrev);
                    grad[10] += ans * sPrev * coef * (1 - r0) * e10;
                    if (g == 2) grad[15] += ans * sPrev * aux2[i] * easy * q;
                    if (g == 4) grad[16] += ans * sPrev * aux2[i] * hard * q;
                    aLd += ans * -sPrev * inc / (11 - ld[i]);
                    aLs = ans * (1 + inc * (1 - w[9]));
                    double aR = ans * sPrev * coef * -w[10] * e10;
                    aLs += recallBackward(aR, r0, card.deltaDays()[i], sPrev, grad);
                }
                default -> throw new IllegalStateException();
            }
            // ls = clamp(s), ld = clamp(d): no gradient through an active clamp
            aS = inRange(s(i - 1), S_MIN, S_MAX) ? aLs : 0;
            aD = inRange(dPrev[i], 1, 10) ? aLd : 0;
        }
        // the first review: s = w[g − 1], d = w4 − e^((g − 1) w5) + 1
        int g0 = card.ratings()[0];
        if (!sClamp[0]) grad[g0 - 1] += aS;
        if (!dClamp[0]) {
            grad[4] += aD;
            grad[5] += aD * -(g0 - 1) * Math.exp((g0 - 1) * w[5]);
        }
        return loss;
    }

    /** Adds r's dependence on the decay to grad; returns the adjoint it passes to ls. */
    private double recallBackward(double aR, double r, int t, double s, double[] grad) {
        double base = 1 + factor * t / s;
        double dRdS = r * decay * (-factor * t / (s * s)) / base;
        double dRdDecay = r * (Math.log(base) + decay * (t / s) * factorPerDecay / base);
        grad[20] -= aR * dRdDecay;
        return aR * dRdS;
    }

    private double[] sAfter = new double[64];
    private double[] dPrev = new double[64];

    private double s(int i) { return sAfter[i]; }

    private static boolean inRange(double x, double lo, double hi) {
        return x >= lo && x <= hi;
    }

    private void ensure(int n) {
        if (kind.length >= n) return;
        int size = Math.max(n, kind.length * 2);
        kind = new byte[size];
        sClamp = new boolean[size];
        dClamp = new boolean[size];
        ls = new double[size];
        ld = new double[size];
        rr = new double[size];
        nd1 = new double[size];
        aux = new double[size];
        aux2 = new double[size];
        sAfter = new double[size];
        dPrev = new double[size];
    }

    /** One review; returns {stability, difficulty} after it. With {@code record}, keeps what the backward pass needs. */
    private double[] step(int g, int t, double s, double d, int i, boolean record) {
        double newS;
        double newD;
        if (i == 0) {
            double s0 = w[g - 1];
            double d0 = w[4] - Math.exp((g - 1) * w[5]) + 1;
            newS = clamp(s0, S_MIN, S_MAX);
            newD = clamp(d0, 1, 10);
            if (record) {
                kind[0] = INIT;
                sClamp[0] = newS != s0;
                dClamp[0] = newD != d0;
            }
        } else {
            double lastS = clamp(s, S_MIN, S_MAX);
            double lastD = clamp(d, 1, 10);
            double ns;
            byte k;
            double r = 0;
            double growth = 0;
            if (t == 0) {
                double sinc = shortTermGain[g] * Math.pow(lastS, -w[19]);
                if (g >= 2 && sinc < 1) {
                    ns = lastS;
                    k = SHORT_TERM_FLOOR;
                } else {
                    ns = lastS * sinc;
                    k = SHORT_TERM;
                }
            } else {
                r = recall(t, lastS);
                if (g == 1) {
                    double afterFail = w[11] * Math.pow(lastD, -w[12]) * (Math.pow(lastS + 1, w[13]) - 1)
                            * Math.exp((1 - r) * w[14]);
                    double floor = lastS * forgetFloor;
                    if (floor < afterFail) {
                        ns = floor;
                        k = FORGET_FLOOR;
                    } else {
                        ns = afterFail;
                        k = FORGET;
                    }
                } else {
                    double hard = g == 2 ? w[15] : 1;
                    double easy = g == 4 ? w[16] : 1;
                    growth = expW8 * (11 - lastD) * Math.pow(lastS, -w[9]);
                    ns = lastS * (1 + growth * (Math.exp((1 - r) * w[10]) - 1) * hard * easy);
                    k = RECALL;
                }
            }
            double delta = -w[6] * (g - 3);
            double d1 = lastD + (10 - lastD) * delta / 9;
            double d2 = w[7] * initD4 + (1 - w[7]) * d1;
            newS = clamp(ns, S_MIN, S_MAX);
            newD = clamp(d2, 1, 10);
            if (record) {
                kind[i] = k;
                ls[i] = lastS;
                ld[i] = lastD;
                rr[i] = r;
                nd1[i] = d1;
                aux[i] = ns;
                aux2[i] = growth;
                sClamp[i] = newS != ns;
                dClamp[i] = newD != d2;
                dPrev[i] = d;
            }
        }
        if (record) sAfter[i] = newS;
        pair[0] = newS;
        pair[1] = newD;
        return pair;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.min(Math.max(v, lo), hi);
    }
}
