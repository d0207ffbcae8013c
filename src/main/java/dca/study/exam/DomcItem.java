package dca.study.exam;

import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * A discrete-option multiple-choice item: options one at a time, each answered YES or NO, the item
 * ending as soon as it is decided. Options after the deciding one are never shown.
 *
 * <p>The rule, for any number of right options:
 * <ul>
 *   <li>YES on a wrong option: incorrect, ends.</li>
 *   <li>NO on a right option: incorrect, ends.</li>
 *   <li>NO on a wrong option: the next option is shown.</li>
 *   <li>YES on a right option: correct and ends when it was the last right option to get its YES
 *       (for a one-answer question, the first); otherwise the next option is shown.</li>
 * </ul>
 * So a multi-answer item is correct exactly when every right option got YES and no wrong option
 * shown before the last of them got YES. Every right option is eventually shown, so an item is
 * always decided by its last option at the latest.
 */
public final class DomcItem implements ExamItem {
    private final ChoiceCard card;
    private final Deck deck;
    private final Domain domain;
    private final List<Option> options;
    private final List<Boolean> answers = new ArrayList<>();
    private int rightYes;
    private Boolean outcome;

    public DomcItem(ChoiceCard card, Deck deck, Domain domain, List<Option> options) {
        if (options.stream().noneMatch(Option::correct)) {
            throw new IllegalArgumentException("a DOMC item needs a right option: " + card.prompt());
        }
        this.card = card;
        this.deck = deck;
        this.domain = domain;
        this.options = List.copyOf(options);
    }

    @Override public ChoiceCard card() { return card; }
    @Override public Deck deck() { return deck; }
    @Override public Domain domain() { return domain; }
    @Override public List<Option> options() { return options; }

    /** The option to show now; null once decided. */
    public Option current() {
        return decided() ? null : options.get(answers.size());
    }

    /** 1-based position of the current option, for "option 2" on screen (never the total: it would give a hint). */
    public int shownCount() {
        return Math.min(answers.size() + 1, options.size());
    }

    /** Answers the current option. Returns true when this answer decided the item. */
    public boolean answer(boolean yes) {
        if (decided()) throw new IllegalStateException("already decided");
        Option o = options.get(answers.size());
        answers.add(yes);
        if (yes && !o.correct()) outcome = false;
        else if (!yes && o.correct()) outcome = false;
        else if (yes) {
            rightYes++;
            if (rightYes == rightCount()) outcome = true;
        }
        return decided();
    }

    private int rightCount() {
        return (int) options.stream().filter(Option::correct).count();
    }

    @Override public boolean decided() { return outcome != null; }

    @Override public boolean correct() { return Boolean.TRUE.equals(outcome); }

    /** The options shown so far with the answers given, in order. */
    public List<Option> shown() {
        return options.subList(0, answers.size());
    }

    public List<Boolean> answers() {
        return List.copyOf(answers);
    }

    @Override
    public String given() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            parts.add((answers.get(i) ? "YES" : "NO") + " to \"" + options.get(i).text() + "\"");
        }
        return String.join(", ", parts);
    }
}
