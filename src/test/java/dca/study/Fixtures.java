package dca.study;

import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Kind;
import dca.deck.Option;
import dca.deck.Source;
import java.util.ArrayList;
import java.util.List;

/** Decks built in code for study-layer tests. */
public final class Fixtures {
    private Fixtures() {}

    /** A one-answer question "q" with right option "right" and wrong options "wrong1".."wrongN". */
    public static ChoiceCard choice(String prompt, int wrong, String... tags) {
        List<Option> options = new ArrayList<>();
        options.add(new Option(prompt + " right", true));
        for (int i = 1; i <= wrong; i++) options.add(new Option(prompt + " wrong" + i, false));
        return choice(prompt, options, tags);
    }

    public static ChoiceCard choice(String prompt, List<Option> options, String... tags) {
        CardMeta meta = new CardMeta(CardId.of(Kind.CHOICE, prompt), null, List.of("Test"),
                new Source("notes/test.md", 10), List.of(tags));
        return new ChoiceCard(meta, prompt, options, "because " + prompt, "");
    }

    /** A deck with {@code perDomain[i]} questions tagged with objective o(i+1).1. */
    public static Deck examDeck(int... perDomain) {
        List<dca.deck.Card> cards = new ArrayList<>();
        for (int d = 0; d < perDomain.length; d++) {
            for (int i = 0; i < perDomain[d]; i++) {
                cards.add(choice("d" + (d + 1) + " question " + i, 3, "o" + (d + 1) + "." + (i % 5 + 1)));
            }
        }
        return new Deck("chapter-1", 1, "Test", List.of(Domain.ORCHESTRATION), "notes/test.md", cards);
    }
}
