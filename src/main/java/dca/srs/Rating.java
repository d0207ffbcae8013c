package dca.srs;

import java.util.Locale;
import java.util.Optional;

/** The four grades of a review, as FSRS numbers them (1–4). */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Rating(int value) { this.value = value; }

    public int value() { return value; }

    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** "1".."4" or again|hard|good|easy, any case. */
    public static Optional<Rating> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Rating r : values()) {
            if (t.equals(r.label()) || t.equals(Integer.toString(r.value))) return Optional.of(r);
        }
        return Optional.empty();
    }
}
