package dca.notes;

import dca.deck.BasicCard;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An abbreviation spelled out where it is introduced, "Container Network Model (CNM)" or "CNM
 * (Container Network Model)", asks what it stands for. The initials must match, so a remark in
 * brackets is never taken for an expansion. Unlike the other sentence rules it does not claim the
 * sentence: the sentence's own fact is still a card.
 */
final class Abbreviation implements SentenceRule {
    private static final Pattern LONG_FIRST = Pattern.compile("((?:[\\p{L}][\\p{L}-]*\\s+){0,6}[\\p{L}][\\p{L}-]*)\\s+\\(([A-Z][A-Za-z]{1,7})\\)");
    private static final Pattern SHORT_FIRST = Pattern.compile("\\b([A-Z][A-Za-z]{1,7})\\s+\\(((?:[\\p{L}][\\p{L}-]*\\s+){1,6}[\\p{L}][\\p{L}-]*)\\)");
    private static final java.util.Set<String> SMALL = java.util.Set.of("of", "for", "and", "the", "a", "an", "to", "in", "on", "as");

    @Override
    public String name() {
        return "abbreviation";
    }

    @Override
    public Outcome apply(Sentence s, Block b, Extraction x) {
        String text = ClozeSyntax.maskCode(s.text());
        if (!mayHold(text)) return Outcome.PASS;
        boolean made = false;
        Matcher m = LONG_FIRST.matcher(text);
        while (m.find()) {
            String expansion = expansion(m.group(1), m.group(2));
            if (expansion != null) made |= card(m.group(2), expansion, s, b, x);
        }
        m = SHORT_FIRST.matcher(text);
        while (m.find()) {
            String expansion = expansion(m.group(2), m.group(1));
            if (expansion != null && expansion.equals(m.group(2).strip())) made |= card(m.group(1), expansion, s, b, x);
        }
        return made ? Outcome.claimed(1) : Outcome.PASS;
    }

    /** A cheap look for "(" next to a capital letter, before the patterns that backtrack over words. */
    private static boolean mayHold(String text) {
        for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
            // "(CNM)" after its expansion, or "CNM (" before it.
            if (i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1))) return true;
            if (i >= 3 && Character.isUpperCase(text.charAt(i - 2)) && Character.isUpperCase(text.charAt(i - 3))) return true;
        }
        return false;
    }

    private static boolean card(String abbreviation, String expansion, Sentence s, Block b, Extraction x) {
        return x.sink().offerBasic(BasicCard.Origin.TERM, "What does " + abbreviation + " stand for?", expansion, b.ctx(), s.line(),
                b.tagged().tags());
    }

    /**
     * The words of {@code words}, from the end, whose initials (or the capitals of one CamelCase word)
     * spell {@code abbreviation}; null when they do not.
     */
    static String expansion(String words, String abbreviation) {
        String abbr = abbreviation.endsWith("s") && abbreviation.length() > 2 ? abbreviation.substring(0, abbreviation.length() - 1) : abbreviation;
        String letters = abbr.replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        String[] w = words.strip().split("\\s+");
        // One CamelCase word: PersistentVolumeClaim (PVC).
        String last = w[w.length - 1];
        if (last.replaceAll("[^A-Z]", "").equals(letters) && letters.length() >= 2 && Character.isUpperCase(last.charAt(0))) return last;
        List<String> taken = new ArrayList<>();
        int k = letters.length() - 1;
        for (int i = w.length - 1; i >= 0 && k >= 0; i--) {
            String word = w[i];
            char initial = Character.toUpperCase(word.charAt(0));
            // An abbreviation inside the expansion gives all its letters: "IP Address Management" spells IPAM.
            String caps = word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT)) ? word.replaceAll("[^A-Z]", "") : "";
            if (caps.length() > 1 && k + 1 >= caps.length() && letters.substring(k + 1 - caps.length(), k + 1).equals(caps)) {
                taken.add(0, word);
                k -= caps.length();
            } else if (initial == letters.charAt(k)) {
                taken.add(0, word);
                k--;
            } else if (SMALL.contains(word.toLowerCase(java.util.Locale.ROOT)) && !taken.isEmpty()) {
                taken.add(0, word);
            } else {
                return null;
            }
        }
        if (k >= 0 || taken.isEmpty()) return null;
        while (!taken.isEmpty() && SMALL.contains(taken.get(0).toLowerCase(java.util.Locale.ROOT))) taken.remove(0);
        return taken.size() >= 2 || letters.length() == 1 ? String.join(" ", taken) : null;
    }
}
