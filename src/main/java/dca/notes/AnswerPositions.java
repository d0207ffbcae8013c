package dca.notes;

import dca.deck.Card;
import dca.deck.ChoiceCard;
import java.util.List;
import java.util.Optional;

/**
 * Where a deck's right answers sit as written. People tend to write the right option first; dca
 * shuffles options when it asks them, but the notes themselves, printed or read online, teach the
 * position. Questions with two options are left out (either place is half), and so are decks with
 * too few questions for a pattern to mean anything.
 */
final class AnswerPositions {
    /** Below this many questions of three or more options, one position holding most answers is chance. */
    static final int MIN_QUESTIONS = 6;

    private AnswerPositions() {}

    /** The warning for a deck whose right answers sit in one position in more than half of its questions. */
    static Optional<String> skew(String deck, List<Card> cards) {
        int questions = 0;
        int[] right = new int[26];
        for (Card c : cards) {
            if (!(c instanceof ChoiceCard q) || q.options().size() < 3) continue;
            questions++;
            for (int i = 0; i < q.options().size() && i < right.length; i++) {
                if (q.options().get(i).correct()) right[i]++;
            }
        }
        if (questions < MIN_QUESTIONS) return Optional.empty();
        int most = 0;
        for (int i = 1; i < right.length; i++) {
            if (right[i] > right[most]) most = i;
        }
        if (right[most] * 2 <= questions) return Optional.empty();
        return Optional.of("deck " + deck + ": the right answer is option " + (char) ('a' + most) + " in " + right[most]
                + " of its " + questions + " choice questions; vary where the right option goes (the drill shuffles, "
                + "but the notes teach the position)");
    }
}
