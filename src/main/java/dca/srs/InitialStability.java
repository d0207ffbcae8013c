package dca.srs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * fsrs-rs's pretraining ({@code pre_training.rs}): the four initial stabilities w0–w3, one per first
 * grade, each fitted by ternary search to the recall of that grade's cards at their first review a
 * day or more later (Laplace-smoothed toward the average recall, an L1 pull toward the default);
 * then made increasing with the grade and filled in, for grades never seen, from their neighbours.
 */
final class InitialStability {
    private static final double DECAY = -FsrsParameters.DEFAULT_WEIGHTS[20];
    private static final double FACTOR = Math.pow(0.9, 1 / DECAY) - 1;
    static final double INIT_S_MAX = 100;

    /** Fitted w0–w3 and how many first reviews each grade had (only grades that had some). */
    record Fit(double[] stabilities, Map<Integer, Integer> counts) {}

    private record Point(double delta, double recall, double count) {}

    private InitialStability() {}

    /** Empty when no grade has data (fsrs-rs: not enough data). */
    static java.util.Optional<Fit> fit(List<TrainingItem> pretrain, double averageRecall) {
        Map<Integer, Map<Integer, int[]>> groups = new TreeMap<>();
        for (TrainingItem item : pretrain) {
            if (item.longTermReviews() != 1) continue;
            int[] c = groups.computeIfAbsent(item.firstRating(), k -> new TreeMap<>())
                    .computeIfAbsent(item.firstLongTermDelta(), k -> new int[2]);
            c[0] += item.label();
            c[1]++;
        }
        Map<Integer, Double> stability = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Map.Entry<Integer, Map<Integer, int[]>> g : groups.entrySet()) {
            List<Point> data = new ArrayList<>();
            int total = 0;
            for (Map.Entry<Integer, int[]> e : g.getValue().entrySet()) {
                int[] c = e.getValue();
                data.add(new Point(e.getKey(), (double) c[0] / c[1], c[1]));
                total += c[1];
            }
            counts.put(g.getKey(), total);
            stability.put(g.getKey(), search(data, averageRecall, FsrsParameters.DEFAULT_WEIGHTS[g.getKey() - 1]));
        }
        if (stability.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new Fit(smoothAndFill(stability, counts), counts));
    }

    private static double search(List<Point> data, double averageRecall, double defaultS0) {
        double low = TrainingModel.S_MIN, high = INIT_S_MAX, best = defaultS0;
        for (int iter = 0; high - low > Math.ulp(1.0) && iter < 1000; iter++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(data, averageRecall, mid1, defaultS0) < loss(data, averageRecall, mid2, defaultS0)) high = mid2;
            else low = mid1;
            best = (high + low) / 2;
        }
        return best;
    }

    private static double loss(List<Point> data, double averageRecall, double s, double defaultS0) {
        double sum = 0;
        for (Point p : data) {
            double recall = (p.recall() * p.count() + averageRecall) / (p.count() + 1);
            double y = Math.pow(1 + FACTOR * p.delta() / s, DECAY);
            sum += -(recall * Math.log(y) + (1 - recall) * Math.log(1 - y)) * p.count();
        }
        return sum + Math.abs(s - defaultS0) / 16;
    }

    /**
     * fsrs-rs {@code smooth_and_fill}: a lower grade never gets a higher stability than a higher
     * grade (the grade with more data wins), missing grades are interpolated geometrically, and all
     * are clamped to [0.001, 100]. Only grades present in {@code counts} are used.
     */
    static double[] smoothAndFill(Map<Integer, Double> given, Map<Integer, Integer> counts) {
        Map<Integer, Double> rs = new TreeMap<>();
        given.forEach((k, v) -> { if (counts.containsKey(k)) rs.put(k, v); });
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] p : pairs) {
            Double small = rs.get(p[0]), big = rs.get(p[1]);
            if (small != null && big != null && small > big) {
                if (counts.get(p[0]) > counts.get(p[1])) rs.put(p[1], small);
                else rs.put(p[0], big);
            }
        }
        double w1 = 3.0 / 5, w2 = 3.0 / 5;
        Double[] a = {null, rs.get(1), rs.get(2), rs.get(3), rs.get(4)};
        double[] out;
        switch (rs.size()) {
            case 1 -> {
                int rating = rs.keySet().iterator().next();
                double f = rs.get(rating) / FsrsParameters.DEFAULT_WEIGHTS[rating - 1];
                out = new double[4];
                for (int i = 0; i < 4; i++) out[i] = FsrsParameters.DEFAULT_WEIGHTS[i] * f;
                java.util.Arrays.sort(out);
            }
            case 2 -> {
                if (a[1] == null && a[2] == null) {
                    double r3 = a[3], r4 = a[4];
                    a[2] = Math.pow(r3, 1 / (1 - w2)) * Math.pow(r4, 1 - 1 / (1 - w2));
                    a[1] = Math.pow(a[2], 1 / w1) * Math.pow(r3, 1 - 1 / w1);
                } else if (a[1] == null && a[3] == null) {
                    double r2 = a[2], r4 = a[4];
                    a[3] = Math.pow(r2, 1 - w2) * Math.pow(r4, w2);
                    a[1] = Math.pow(r2, 1 / w1) * Math.pow(a[3], 1 - 1 / w1);
                } else if (a[1] == null && a[4] == null) {
                    double r2 = a[2], r3 = a[3];
                    a[4] = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
                    a[1] = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
                } else if (a[2] == null && a[3] == null) {
                    double r1 = a[1], r4 = a[4];
                    double denom = w1 + w2 - w1 * w2;
                    a[2] = Math.pow(r1, w1 / denom) * Math.pow(r4, 1 - w1 / denom);
                    a[3] = Math.pow(r1, 1 - w2 / denom) * Math.pow(r4, w2 / denom);
                } else if (a[2] == null && a[4] == null) {
                    double r1 = a[1], r3 = a[3];
                    a[2] = Math.pow(r1, w1) * Math.pow(r3, 1 - w1);
                    a[4] = Math.pow(a[2], 1 - 1 / w2) * Math.pow(r3, 1 / w2);
                } else if (a[3] == null && a[4] == null) {
                    double r1 = a[1], r2 = a[2];
                    a[3] = Math.pow(r1, 1 - 1 / (1 - w1)) * Math.pow(r2, 1 / (1 - w1));
                    a[4] = Math.pow(r2, 1 - 1 / w2) * Math.pow(a[3], 1 / w2);
                }
                out = present(a);
            }
            case 3 -> {
                if (a[1] == null) a[1] = Math.pow(a[2], 1 / w1) * Math.pow(a[3], 1 - 1 / w1);
                else if (a[2] == null) a[2] = Math.pow(a[1], w1) * Math.pow(a[3], 1 - w1);
                else if (a[3] == null) a[3] = Math.pow(a[2], 1 - w2) * Math.pow(a[4], w2);
                else if (a[4] == null) a[4] = Math.pow(a[2], 1 - 1 / w2) * Math.pow(a[3], 1 / w2);
                out = present(a);
            }
            default -> out = present(a);
        }
        for (int i = 0; i < 4; i++) out[i] = Math.min(Math.max(out[i], TrainingModel.S_MIN), INIT_S_MAX);
        return out;
    }

    private static double[] present(Double[] a) {
        double[] out = new double[4];
        for (int i = 1; i <= 4; i++) out[i - 1] = a[i];
        return out;
    }
}
