package dca.srs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The FSRS-6 scheduler, a line-by-line port of ts-fsrs 5.x ({@code BasicScheduler} with short-term
 * scheduling on, {@code LongTermScheduler} with it off), including its rounding to 8 decimals, its
 * calendar-day elapsed time (UTC dates) and its handling of learning steps. Pure: no clock, no I/O.
 *
 * <p>{@link StrictMath} is used because it is fdlibm, which is what V8's {@code Math.pow/exp/log}
 * are; that keeps results bit-identical to the reference and reproducible on every JVM.
 */
public final class Fsrs {
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500;
    private static final long MINUTE_MS = 60_000L;
    private static final long DAY_MS = 86_400_000L;

    private final FsrsParameters params;
    private final double[] w;
    private final double decay;
    private final double factor;
    private final double intervalModifier;
    private final int[] learningMinutes;
    private final int[] relearningMinutes;

    public Fsrs(FsrsParameters params) {
        this.params = params;
        double[] raw = params.w();
        if (raw.length != 21) throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + raw.length);
        for (double x : raw) {
            if (!Double.isFinite(x)) throw new IllegalArgumentException("non-finite FSRS weight");
        }
        double r = params.desiredRetention();
        if (!(r > 0 && r <= 1)) throw new IllegalArgumentException("desired retention must be in (0, 1]: " + r);
        this.learningMinutes = minutes(params.learningSteps());
        this.relearningMinutes = minutes(params.relearningSteps());
        this.w = FsrsMath.clipParameters(raw, relearningMinutes.length, params.shortTerm());
        this.decay = -w[20];
        this.factor = FsrsMath.roundTo(StrictMath.exp(StrictMath.log(0.9) / decay) - 1, 8);
        this.intervalModifier = FsrsMath.roundTo((StrictMath.pow(r, 1 / decay) - 1) / factor, 8);
    }

    private static int[] minutes(List<Duration> steps) {
        int[] m = new int[steps.size()];
        for (int i = 0; i < m.length; i++) {
            long v = steps.get(i).toMinutes();
            if (v < 0 || v > Integer.MAX_VALUE) throw new IllegalArgumentException("bad step " + steps.get(i));
            m[i] = (int) v;
        }
        return m;
    }

    public FsrsParameters parameters() { return params; }

    /** The state after answering with r at now. fuzzKey (the card id) seeds the interval fuzz together with the review count, so reruns reproduce; fuzz only when params.fuzz(). */
    public MemoryState next(MemoryState s, Rating r, Instant now, String fuzzKey) {
        return new Review(s, now, fuzzKey).outcome(r);
    }

    /** All four outcomes (EnumMap), for labelling the grade keys with their next interval. */
    public Map<Rating, MemoryState> preview(MemoryState s, Instant now, String fuzzKey) {
        Review review = new Review(s, now, fuzzKey);
        Map<Rating, MemoryState> all = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) all.put(r, review.outcome(r));
        return all;
    }

    /**
     * Recall probability at now (FSRS-6 forgetting curve with the trainable decay w[20]); 0 for a NEW
     * card. Elapsed time is whole days since the last review, as ts-fsrs's {@code get_retrievability}.
     */
    public double retrievability(MemoryState s, Instant now) {
        if (s.state() == CardState.NEW || s.lastReview() == null) return 0;
        long days = Math.max(Math.floorDiv(now.toEpochMilli() - s.lastReview().toEpochMilli(), DAY_MS), 0);
        return forgettingCurve(days, s.stability());
    }

    /** The interval modifier ts-fsrs derives from the desired retention (about 1.0 at 0.9). */
    double intervalModifier() { return intervalModifier; }

    // --- FSRSAlgorithm -------------------------------------------------------------------------

    double forgettingCurve(double elapsedDays, double stability) {
        return FsrsMath.roundTo(StrictMath.pow(1 + factor * elapsedDays / stability, decay), 8);
    }

    private double initStability(int g) {
        return Math.max(w[g - 1], 0.1);
    }

    private double initDifficulty(int g) {
        return FsrsMath.roundTo(w[4] - StrictMath.exp((g - 1) * w[5]) + 1, 8);
    }

    private double nextDifficulty(double d, int g) {
        double deltaD = -w[6] * (g - 3);
        double nextD = d + FsrsMath.roundTo(deltaD * (10 - d) / 9, 8);
        return FsrsMath.clamp(FsrsMath.roundTo(w[7] * initDifficulty(4) + (1 - w[7]) * nextD, 8), 1, 10);
    }

    private double nextRecallStability(double d, double s, double r, int g) {
        double hardPenalty = g == 2 ? w[15] : 1;
        double easyBonus = g == 4 ? w[16] : 1;
        return FsrsMath.roundTo(FsrsMath.clamp(
                s * (1 + StrictMath.exp(w[8]) * (11 - d) * StrictMath.pow(s, -w[9])
                        * (StrictMath.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus),
                S_MIN, S_MAX), 8);
    }

    private double nextForgetStability(double d, double s, double r) {
        return FsrsMath.roundTo(FsrsMath.clamp(
                w[11] * StrictMath.pow(d, -w[12]) * (StrictMath.pow(s + 1, w[13]) - 1) * StrictMath.exp((1 - r) * w[14]),
                S_MIN, S_MAX), 8);
    }

    private double nextShortTermStability(double s, int g) {
        double sinc = StrictMath.pow(s, -w[19]) * StrictMath.exp(w[17] * (g - 3 + w[18]));
        double masked = g >= 2 ? Math.max(sinc, 1) : sinc;
        return FsrsMath.roundTo(FsrsMath.clamp(s * masked, S_MIN, S_MAX), 8);
    }

    /** ts-fsrs {@code next_state}: new difficulty and stability; {@code r} NaN means "compute it". */
    private double[] nextMemory(double d, double s, long t, int g, double r) {
        if (d == 0 && s == 0) {
            return new double[] {FsrsMath.clamp(initDifficulty(g), 1, 10), initStability(g)};
        }
        if (d < 1 || s < S_MIN) throw new IllegalArgumentException("invalid memory state d=" + d + " s=" + s);
        if (Double.isNaN(r)) r = forgettingCurve(t, s);
        double newS;
        if (t == 0 && params.shortTerm()) {
            newS = nextShortTermStability(s, g);
        } else if (g == 1) {
            double afterFail = nextForgetStability(d, s, r);
            double w17 = params.shortTerm() ? w[17] : 0;
            double w18 = params.shortTerm() ? w[18] : 0;
            double nextSMin = s / StrictMath.exp(w17 * w18);
            newS = FsrsMath.clamp(FsrsMath.roundTo(nextSMin, 8), S_MIN, afterFail);
        } else {
            newS = nextRecallStability(d, s, r, g);
        }
        return new double[] {nextDifficulty(d, g), newS};
    }

    /** ts-fsrs {@code next_interval} with {@code apply_fuzz}. */
    private int nextInterval(double stability, long elapsedDays, String seed) {
        double ivl = Math.min(Math.max(1, Math.round(stability * intervalModifier)), params.maximumInterval());
        if (!params.fuzz() || ivl < 2.5) return (int) Math.round(ivl);
        double fuzzFactor = new Alea(seed).next();
        int[] range = FsrsMath.fuzzRange(ivl, elapsedDays, params.maximumInterval());
        return (int) Math.floor(fuzzFactor * (range[1] - range[0] + 1) + range[0]);
    }

    // --- the scheduler: one review of one card at one instant --------------------------------

    /** What ts-fsrs's AbstractScheduler computes once per (card, now) and shares between grades. */
    private final class Review {
        final MemoryState last;
        final Instant now;
        final long elapsedDays;
        final int reps;
        final String seed;

        Review(MemoryState last, Instant now, String fuzzKey) {
            this.last = last;
            this.now = now;
            long t = 0;
            if (last.state() != CardState.NEW && last.lastReview() != null) {
                t = ChronoUnit.DAYS.between(utcDate(last.lastReview()), utcDate(now));
            }
            // ts-fsrs rejects a review before the previous one; a clock set back counts as the same day.
            this.elapsedDays = Math.max(0, t);
            this.reps = last.reps() + 1;
            this.seed = fuzzSeed(fuzzKey, reps);
        }

        MemoryState outcome(Rating rating) {
            int g = rating.value();
            if (last.state() == CardState.REVIEW || (!params.shortTerm() && last.state() != CardState.NEW)) {
                return reviewState(g);
            }
            if (!params.shortTerm()) return longTermNew(g);
            double[] ds = nextMemory(last.difficulty(), last.stability(), elapsedDays, g, Double.NaN);
            CardState to = last.state() == CardState.NEW ? CardState.LEARNING : last.state();
            return applySteps(ds, g, to, last.lapses());
        }

        private MemoryState reviewState(int g) {
            double r = forgettingCurve(elapsedDays, last.stability());
            double[][] ds = new double[5][];
            for (int k = 1; k <= 4; k++) ds[k] = nextMemory(last.difficulty(), last.stability(), elapsedDays, k, r);
            if (!params.shortTerm()) return longTermIntervals(ds, g);
            if (g == 1) return applySteps(ds[1], 1, CardState.RELEARNING, last.lapses() + 1);
            int hard = nextInterval(ds[2][1], elapsedDays, seed);
            int good = nextInterval(ds[3][1], elapsedDays, seed);
            hard = Math.min(hard, good);
            good = Math.max(good, hard + 1);
            int easy = Math.max(nextInterval(ds[4][1], elapsedDays, seed), good + 1);
            int days = g == 2 ? hard : g == 3 ? good : easy;
            return inDays(ds[g], days, last.lapses());
        }

        private MemoryState longTermNew(int g) {
            double[][] ds = new double[5][];
            for (int k = 1; k <= 4; k++) ds[k] = nextMemory(last.difficulty(), last.stability(), 0, k, Double.NaN);
            return longTermIntervals(ds, g);
        }

        /** LongTermScheduler: every grade goes to review, intervals strictly increasing with the grade. */
        private MemoryState longTermIntervals(double[][] ds, int g) {
            long t = last.state() == CardState.NEW ? 0 : elapsedDays;
            int again = nextInterval(ds[1][1], t, seed);
            int hard = nextInterval(ds[2][1], t, seed);
            int good = nextInterval(ds[3][1], t, seed);
            int easy = nextInterval(ds[4][1], t, seed);
            again = Math.min(again, hard);
            hard = Math.max(hard, again + 1);
            good = Math.max(good, hard + 1);
            easy = Math.max(easy, good + 1);
            int days = g == 1 ? again : g == 2 ? hard : g == 3 ? good : easy;
            // ts-fsrs's LongTermScheduler counts a lapse for Again on any card that is not new.
            boolean lapse = g == 1 && last.state() != CardState.NEW;
            return inDays(ds[g], days, last.lapses() + (lapse ? 1 : 0));
        }

        private MemoryState inDays(double[] ds, int days, int lapses) {
            return new MemoryState(CardState.REVIEW, 0, ds[1], ds[0], plusMillis(now, days * DAY_MS), now, days, reps, lapses);
        }

        /** ts-fsrs {@code applyLearningSteps} with {@code BasicLearningStepsStrategy}. */
        private MemoryState applySteps(double[] ds, int g, CardState to, int lapses) {
            CardState from = last.state();
            int curStep = Math.max(last.step(), 0);
            int[] steps = from == CardState.RELEARNING || from == CardState.REVIEW ? relearningMinutes : learningMinutes;
            long minutes = 0;
            int nextStep = 0;
            if (steps.length > 0 && curStep < steps.length) {
                if (g == 1) {
                    minutes = from == CardState.REVIEW ? steps[curStep] : steps[0];
                    nextStep = 0;
                } else if (from != CardState.REVIEW && g == 2) {
                    minutes = steps.length == 1 ? Math.round(steps[0] * 1.5) : Math.round((steps[0] + steps[1]) / 2.0);
                    nextStep = curStep;
                } else if (from != CardState.REVIEW && g == 3 && curStep + 1 < steps.length && steps[curStep + 1] != 0) {
                    minutes = steps[curStep + 1];
                    nextStep = curStep + 1;
                }
            }
            if (minutes > 0 && minutes < 1440) {
                return new MemoryState(to, nextStep, ds[1], ds[0], plusMillis(now, minutes * MINUTE_MS), now, 0, reps, lapses);
            }
            if (minutes >= 1440) {
                return new MemoryState(CardState.REVIEW, nextStep, ds[1], ds[0], plusMillis(now, minutes * MINUTE_MS), now,
                        (int) (minutes / 1440), reps, lapses);
            }
            int days = nextInterval(ds[1], elapsedDays, seed);
            return inDays(ds, days, lapses);
        }
    }

    private static Instant plusMillis(Instant t, long ms) {
        return t.plusMillis(ms);
    }

    private static LocalDate utcDate(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    /**
     * The fuzz seed: card id and the review count after this review, "id:reps". The golden vectors
     * give ts-fsrs the same seed through a seed strategy, so fuzzed intervals match it too.
     */
    public static String fuzzSeed(String fuzzKey, int repsAfter) {
        return (fuzzKey == null ? "" : fuzzKey) + ":" + repsAfter;
    }
}
