package dca.deck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A card's identity. Derived from its kind, its deck and its normalised prompt, so editing an
 * answer keeps progress while rewording a prompt makes a new card; or pinned by the author with
 * {@code <!-- id: name -->}. The deck is part of it because the same short prompt ("Secret",
 * "Control plane") means different things in different chapters and must not share progress.
 */
public record CardId(String value) implements Comparable<CardId> {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`~]+");

    public CardId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid card id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** An id with no deck scope; for cards that stand outside any deck (tests, probes). */
    public static CardId of(Kind kind, String prompt) {
        return of(kind, "", prompt);
    }

    /** The id of an unpinned card: 12 hex digits of SHA-256 over kind, deck name and normalised prompt. */
    public static CardId of(Kind kind, String deck, String prompt) {
        String scope = deck == null || deck.isBlank() ? "" : deck.trim().toLowerCase(Locale.ROOT) + "\n";
        String key = kind.name().toLowerCase(Locale.ROOT) + "\n" + scope + normalize(prompt);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return new CardId(HexFormat.of().formatHex(hash, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** A pinned id, lower-cased; returns null when the text cannot be an id. */
    public static CardId pinned(String text) {
        if (text == null) return null;
        String t = text.trim().toLowerCase(Locale.ROOT);
        return isValid(t) ? new CardId(t) : null;
    }

    /**
     * Folds what does not change a prompt's meaning: Unicode form, whitespace and emphasis marks.
     * Case is kept: {@code -p} and {@code -P} are different flags.
     */
    public static String normalize(String prompt) {
        if (prompt == null) return "";
        String t = Normalizer.normalize(prompt, Normalizer.Form.NFKC);
        t = EMPHASIS.matcher(t).replaceAll("");
        return SPACE.matcher(t).replaceAll(" ").trim();
    }

    // Written out: a record's generated equals and hashCode are bootstrapped through method handles at
    // their first call, which costs start-up time, and ids are hashed from the first moment.
    @Override
    public boolean equals(Object o) {
        return o instanceof CardId c && value.equals(c.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(CardId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
