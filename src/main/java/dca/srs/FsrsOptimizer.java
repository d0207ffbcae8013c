package dca.srs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Fits the 21 FSRS-6 weights to a review log the way fsrs-rs does ({@code compute_parameters}):
 * outlier filter, pretraining of the initial stabilities, then Adam on mini-batches of the
 * recency-weighted items (batches of similar history length, in a seeded shuffled order), with a
 * cosine learning rate, an L2 pull toward the starting weights scaled by their spread across
 * users, the weights clipped to their bounds after every step, and the epoch with the lowest
 * training loss kept. Pure and deterministic: the same items and config give the same weights.
 */
public final class FsrsOptimizer {
    /** Fewer training items than this: the defaults. */
    public static final int MIN_ITEMS = 8;
    /** Fewer than this (or no item beyond the pretraining set): initial stabilities only. */
    public static final int MIN_TRAINING_ITEMS = 64;

    /** fsrs-rs's spread of each weight across users, the scale of the L2 pull. */
    private static final double[] PARAMS_STDDEV = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    };

    /** fsrs-rs's training defaults. */
    public record Config(int epochs, int batchSize, double learningRate, int maxSeqLen, double gamma, long seed) {
        public static Config defaults() {
            return new Config(5, 512, 4e-2, 64, 1.0, 2023);
        }
    }

    public enum Outcome {
        /** Too few items: the default weights. */
        DEFAULTS,
        /** Enough for the initial stabilities only; the rest are the defaults. */
        INITIAL_STABILITY,
        /** All 21 weights fitted. */
        FITTED
    }

    /** The weights, how far the fit went, and how many items it used. */
    public record Fit(double[] weights, Outcome outcome, int items, int trainingItems) {
        public Fit {
            weights = weights.clone();
        }

        @Override
        public double[] weights() { return weights.clone(); }
    }

    private final Config config;

    public FsrsOptimizer(Config config) {
        this.config = config;
    }

    public FsrsOptimizer() {
        this(Config.defaults());
    }

    /** Fits weights to items given in time order of their target review (see {@link TrainingItems#of}). */
    public Fit fit(List<TrainingItem> items) {
        double averageRecall = 0;
        for (TrainingItem item : items) averageRecall += item.label();
        averageRecall = items.isEmpty() ? 0 : averageRecall / items.size();

        OutlierFilter.Filtered filtered = filtered(items);
        List<TrainingItem> train = filtered.train();
        double[] defaults = FsrsParameters.DEFAULT_WEIGHTS.clone();
        if (train.size() < MIN_ITEMS) return new Fit(defaults, Outcome.DEFAULTS, items.size(), train.size());
        var initial = InitialStability.fit(filtered.pretrain(), averageRecall);
        if (initial.isEmpty()) return new Fit(defaults, Outcome.DEFAULTS, items.size(), train.size());
        double[] start = defaults.clone();
        System.arraycopy(initial.get().stabilities(), 0, start, 0, 4);
        if (train.size() == filtered.pretrain().size() || train.size() < MIN_TRAINING_ITEMS) {
            return new Fit(start, Outcome.INITIAL_STABILITY, items.size(), train.size());
        }

        double[] trained = train(train, start);
        TreeMap<Integer, Double> first = new TreeMap<>();
        for (int i = 0; i < 4; i++) first.put(i + 1, trained[i]);
        double[] s0 = InitialStability.smoothAndFill(first, initial.get().counts());
        System.arraycopy(s0, 0, trained, 0, 4);
        for (double x : trained) {
            if (!Double.isFinite(x)) return new Fit(start, Outcome.INITIAL_STABILITY, items.size(), train.size());
        }
        return new Fit(trained, Outcome.FITTED, items.size(), train.size());
    }

    private record Weighted(TrainingItem item, double weight) {}

    private double[] train(List<TrainingItem> timeOrdered, double[] start) {
        double[] recency = recencyWeights(timeOrdered.size());
        List<Weighted> weighted = new ArrayList<>(timeOrdered.size());
        for (int i = 0; i < timeOrdered.size(); i++) {
            TrainingItem item = timeOrdered.get(i);
            if (item.length() <= config.maxSeqLen()) weighted.add(new Weighted(item, recency[i]));
        }
        weighted.sort(Comparator.comparingInt(x -> x.item().length())); // stable
        int total = weighted.size();
        List<List<Weighted>> batches = new ArrayList<>();
        for (int i = 0; i < total; i += config.batchSize()) {
            batches.add(weighted.subList(i, Math.min(total, i + config.batchSize())));
        }
        int iterations = (total / config.batchSize() + 1) * config.epochs();
        CosineAnnealing lr = new CosineAnnealing(iterations, config.learningRate());
        Adam adam = new Adam(TrainingModel.N);
        SplittableRandom random = new SplittableRandom(config.seed());

        double[] w = start.clone();
        double[] best = w.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] grad = new double[TrainingModel.N];
        int[] order = new int[batches.size()];
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            for (int i = 0; i < order.length; i++) order[i] = i;
            shuffle(order, random);
            for (int b : order) {
                List<Weighted> batch = batches.get(b);
                Arrays.fill(grad, 0);
                TrainingModel model = new TrainingModel(w);
                for (Weighted x : batch) model.lossAndGradient(x.item(), x.weight(), grad);
                addPenaltyGradient(grad, w, start, batch.size(), total);
                adam.step(lr.next(), w, grad);
                w = FsrsMath.clipParameters(w, 1, true);
            }
            double loss = trainingLoss(w, start, weighted);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = w.clone();
            }
        }
        return best;
    }

    /** fsrs-rs's recency weights for n time-ordered items: from 0.25 for the oldest to 1 for the newest, cubically. */
    static double[] recencyWeights(int n) {
        double denominator = Math.max(n - 1.0, 1.0);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = 0.25 + 0.75 * Math.pow(i / denominator, 3);
        return w;
    }

    /**
     * The pretraining items and the training items after fsrs-rs's outlier filter, from items in time
     * order (also how fsrs-rs's {@code evaluate} picks the items it scores).
     */
    static OutlierFilter.Filtered filtered(List<TrainingItem> items) {
        List<TrainingItem> pretrain = new ArrayList<>();
        for (TrainingItem item : items) if (item.longTermReviews() == 1) pretrain.add(item);
        return OutlierFilter.apply(pretrain, items);
    }

    /** The epoch's loss as fsrs-rs validates it: weighted log loss plus the penalty, per item. */
    private double trainingLoss(double[] w, double[] start, List<Weighted> weighted) {
        TrainingModel model = new TrainingModel(w);
        List<TrainingItem> items = new ArrayList<>(weighted.size());
        for (Weighted x : weighted) items.add(x.item());
        double[] predicted = ModelMetrics.predictions(model, items);
        double loss = 0;
        for (int i = 0; i < predicted.length; i++) {
            double p = Math.min(Math.max(predicted[i], 1e-7), 1 - 1e-7);
            loss -= weighted.get(i).weight() * (items.get(i).label() == 1 ? Math.log(p) : Math.log(1 - p));
        }
        return (loss + penalty(w, start)) / weighted.size();
    }

    private double penalty(double[] w, double[] start) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double d = w[i] - start[i];
            sum += d * d / (PARAMS_STDDEV[i] * PARAMS_STDDEV[i]);
        }
        return config.gamma() * sum;
    }

    private void addPenaltyGradient(double[] grad, double[] w, double[] start, int batchSize, int total) {
        double scale = config.gamma() * batchSize / total;
        for (int i = 0; i < w.length; i++) grad[i] += 2 * scale * (w[i] - start[i]) / (PARAMS_STDDEV[i] * PARAMS_STDDEV[i]);
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
