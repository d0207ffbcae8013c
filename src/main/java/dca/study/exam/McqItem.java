package dca.study.exam;

import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An ordinary multiple-choice item: all options shown at once, lettered a, b, c…; right only when
 * the chosen letters are exactly the right options (no partial credit, as on the exam).
 */
public final class McqItem implements ExamItem {
    private final ChoiceCard card;
    private final Deck deck;
    private final Domain domain;
    private final List<Option> options;
    private Set<Integer> chosen;

    public McqItem(ChoiceCard card, Deck deck, Domain domain, List<Option> options) {
        this.card = card;
        this.deck = deck;
        this.domain = domain;
        this.options = List.copyOf(options);
    }

    @Override public ChoiceCard card() { return card; }
    @Override public Deck deck() { return deck; }
    @Override public Domain domain() { return domain; }
    @Override public List<Option> options() { return options; }

    /** How many options are right: the screen says "choose 2" as the exam does. */
    public int rightCount() {
        return (int) options.stream().filter(Option::correct).count();
    }

    public static char letter(int index) {
        return (char) ('a' + index);
    }

    /** Answers with option indexes (0 = a). Each index must be a shown option. */
    public void answer(Set<Integer> indexes) {
        if (chosen != null) throw new IllegalStateException("already answered");
        for (int i : indexes) {
            if (i < 0 || i >= options.size()) throw new IllegalArgumentException("no option " + letter(Math.max(i, 0)));
        }
        chosen = new TreeSet<>(indexes);
    }

    /**
     * Reads letters as typed: {@code b}, {@code a,c}, {@code a c}, {@code AC}. Returns null when the
     * text holds anything but letters of shown options, commas and spaces, or no letter at all.
     */
    public Set<Integer> parseLetters(String text) {
        Set<Integer> out = new TreeSet<>();
        for (char c : text.trim().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == ',' || c == ' ') continue;
            int i = c - 'a';
            if (i < 0 || i >= options.size()) return null;
            out.add(i);
        }
        return out.isEmpty() ? null : out;
    }

    @Override public boolean decided() { return chosen != null; }

    @Override
    public boolean correct() {
        if (chosen == null) return false;
        Set<Integer> right = new TreeSet<>();
        for (int i = 0; i < options.size(); i++) if (options.get(i).correct()) right.add(i);
        return right.equals(chosen);
    }

    @Override
    public String given() {
        if (chosen == null) return "";
        List<String> letters = new ArrayList<>();
        for (int i : chosen) letters.add(letter(i) + ") " + options.get(i).text());
        return String.join("; ", letters);
    }
}
