package dca.srs;

/** fsrs-rs's cosine annealing of the learning rate to 0 over {@code tMax} steps (PyTorch's recursive form). */
final class CosineAnnealing {
    private final double tMax;
    private final double initial;
    private double step;
    private double current;

    CosineAnnealing(double tMax, double initial) {
        this.tMax = tMax;
        this.initial = initial;
        this.current = initial;
    }

    /** The learning rate for the next step. */
    double next() {
        step++;
        if ((step - 1 - tMax) % (2 * tMax) == 0) {
            current = initial * (1 - Math.cos(Math.PI / tMax)) / 2;
        } else {
            current = (1 + Math.cos(Math.PI * step / tMax)) / (1 + Math.cos(Math.PI * (step - 1) / tMax)) * current;
        }
        return current;
    }
}
