package dca.notes;

import java.util.Locale;
import java.util.Set;

/** Just enough English to turn "to list all containers" into "lists all containers". */
final class Verbs {
    /** Words that start a predicate but take no -s: modals, forms already inflected, adverbs. */
    private static final Set<String> KEEP = Set.of("is", "are", "was", "were", "will", "can", "could", "should", "would",
            "must", "may", "might", "does", "did", "has", "had", "also", "only", "then", "now", "just", "always",
            "never", "not", "still", "even", "all", "both", "each", "first");

    private static final Set<String> NOT_VERBS = Set.of("with", "and", "or", "on", "in", "for", "from", "of", "plus", "vs",
            "versus", "the", "a", "an", "command", "commands", "flag", "option");

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z][a-z-]*");
    private static final java.util.regex.Pattern APOSTROPHE_WORD = java.util.regex.Pattern.compile("[a-z][a-z'-]*");

    private Verbs() {}

    /** "list …" → "lists …", "push …" → "pushes …", "copy …" → "copies …"; other starts unchanged. */
    static String thirdPerson(String predicate) {
        String p = predicate.strip();
        String first = Strings.firstWord(p);
        String lower = first.toLowerCase(Locale.ROOT);
        if (!WORD.matcher(lower).matches() || KEEP.contains(lower) || lower.endsWith("ly") || lower.endsWith("ed")
                || lower.endsWith("ing") || lower.endsWith("s") && !lower.endsWith("ss")) {
            return p;
        }
        String inflected;
        if (lower.endsWith("ss") || lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("x") || lower.endsWith("z")
                || lower.endsWith("o")) {
            inflected = first + "es";
        } else if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            inflected = first.substring(0, first.length() - 1) + "ies";
        } else {
            inflected = first + "s";
        }
        return inflected + p.substring(first.length());
    }

    /** True for a word that starts a sentence's verb phrase rather than its subject. */
    static boolean startsPredicate(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !NOT_VERBS.contains(w) && APOSTROPHE_WORD.matcher(w).matches();
    }
}
