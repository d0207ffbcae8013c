package dca.study;

import dca.deck.CardVisitor;
import dca.deck.Option;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One card as the drill asks it. A flash question is revealed and self-graded; a choice question
 * is answered with option letters and graded automatically.
 *
 * @param options     for a choice question, in the order shown (letter a is index 0); empty otherwise
 * @param explanation why the right options are right (written choice questions)
 * @param generated   true when the options were made from sibling term cards
 */
public record Question(StudyItem item, Kind kind, List<Option> options, String explanation, String link,
                       boolean generated) {
    public enum Kind { FLASH, LIST, CHOICE }

    public Question {
        options = List.copyOf(options);
        if (explanation == null) explanation = "";
        if (link == null) link = "";
    }

    public boolean isChoice() { return kind == Kind.CHOICE; }

    public String prompt() { return item.card().prompt(); }

    public String answer() { return item.card().answer(); }

    /** Indexes of the right options. */
    public Set<Integer> rightOptions() {
        Set<Integer> right = new TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) right.add(i);
        }
        return right;
    }

    public static char letter(int index) { return (char) ('a' + index); }

    /** Revealed and self-graded: a list card as a list, a choice card (asked as a flashcard) with its explanation. */
    static Question flash(StudyItem item) {
        return item.card().accept(CardVisitor.of(
                basic -> new Question(item, Kind.FLASH, List.of(), "", "", false),
                cloze -> new Question(item, Kind.FLASH, List.of(), "", "", false),
                list -> new Question(item, Kind.LIST, List.of(), "", "", false),
                choice -> new Question(item, Kind.FLASH, List.of(), choice.explanation(), choice.link(), false)));
    }
}
