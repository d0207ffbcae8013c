package dca.deck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The order a choice question's options are shown in, so that the position of the right option
 * never gives the answer away: notes put the right option first more often than not. The drill
 * draws a new order at every review ({@link #forReview}), the exam from its seed ({@link #shuffle}),
 * exports one order per card ({@link #forExport}). In all three, options that keep their place stay
 * where they were written: those marked fixed, and those that point at the others ("All of the
 * above"); a question whose options name others by letter ("Both A and B") keeps the author's
 * order, since a new order would make the letters lie.
 */
public final class OptionOrder {
    /** "All of the above", "None of these": meaningful only where the author put them. */
    private static final Pattern POINTS_AT_OTHERS = Pattern.compile(
            "(?i)^(?:all|none|any|both|neither|either)\\s+of\\s+(?:the\\s+)?(?:above|these|those|them|options|answers)\\b");
    /** "A and B", "Both a and c", "A, B and C": options named by their letters. */
    private static final Pattern CITES_LETTERS = Pattern.compile(
            "\\b[A-F]\\s*(?:,|&|\\band\\b|\\bor\\b)\\s*[A-F]\\b|(?i:\\b(?:both|options?|answers?)\\s+[a-f]\\s*(?:,|&|\\band\\b|\\bor\\b)\\s*[a-f]\\b)");

    private OptionOrder() {}

    /**
     * The order for one presentation in the drill: the same for the same card and review count (a
     * rerun, an undo), another at the next review.
     *
     * @param reviews how often the card has been answered before this presentation
     */
    public static List<Option> forReview(CardId id, int reviews, List<Option> options) {
        return shuffle(options, new Random(seed(id, reviews)));
    }

    /**
     * Shuffles with {@code rng}. With no option kept in place this is exactly
     * {@link Collections#shuffle(List, Random)} (same draws, same result), so a seeded exam keeps its order.
     */
    public static List<Option> shuffle(List<Option> options, RandomGenerator rng) {
        List<Option> out = new ArrayList<>(options);
        if (citesLetters(options)) return List.copyOf(out);
        List<Integer> free = freeSlots(out);
        for (int i = free.size(); i > 1; i--) {
            Collections.swap(out, free.get(i - 1), free.get(rng.nextInt(i)));
        }
        return List.copyOf(out);
    }

    /**
     * The order exports show: each free option ranked by a hash of the card id and its text. Fixed for
     * a card (a second export does not change the note, so Anki does not count it as edited),
     * independent of the order the free options arrive in (a deck that went through Anki and back
     * exports the same), and different from card to card.
     */
    public static List<Option> forExport(ChoiceCard q) {
        List<Option> out = new ArrayList<>(q.options());
        if (citesLetters(out)) return List.copyOf(out);
        record Ranked(Option option, long rank, int index) {}
        List<Integer> free = freeSlots(out);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            Option o = out.get(free.get(i));
            ranked.add(new Ranked(o, rank(q.id().value(), o.text()), i));
        }
        ranked.sort(Comparator.comparingLong(Ranked::rank).thenComparingInt(Ranked::index));
        for (int i = 0; i < free.size(); i++) out.set(free.get(i), ranked.get(i).option());
        return List.copyOf(out);
    }

    /** Marked fixed, or only meaningful after the others ("All of the above"). */
    public static boolean staysInPlace(Option o) {
        return o.fixed() || POINTS_AT_OTHERS.matcher(o.text()).find();
    }

    /** True when an option names other options by letter: such a question is never reordered. */
    public static boolean citesLetters(List<Option> options) {
        for (Option o : options) {
            if (CITES_LETTERS.matcher(o.text()).find()) return true;
        }
        return false;
    }

    private static List<Integer> freeSlots(List<Option> options) {
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (!staysInPlace(options.get(i))) free.add(i);
        }
        return free;
    }

    /**
     * A well-mixed seed: {@link Random} gives nearly the same first draws for neighbouring seeds,
     * which would make review n and n+1 look alike. SplitMix64's finaliser spreads every bit.
     */
    static long seed(CardId id, int reviews) {
        long z = ((long) id.value().hashCode() << 32) ^ (reviews & 0xffffffffL);
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long rank(String id, String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((id + "\n" + text).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xff);
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
