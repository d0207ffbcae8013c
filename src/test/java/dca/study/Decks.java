package dca.study;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.Kind;
import dca.deck.Option;
import dca.deck.Source;
import java.util.List;

/** Small decks built in code for tests of dca.study. */
final class Decks {
    private Decks() {}

    static BasicCard term(String term, String def, String... context) {
        CardId id = CardId.of(Kind.BASIC, term);
        return new BasicCard(new CardMeta(id, null, List.of(context), new Source("notes/05.md", 3), List.of()),
                BasicCard.Origin.TERM, term, def);
    }

    static BasicCard qa(String q, String a) {
        CardId id = CardId.of(Kind.BASIC, q);
        return new BasicCard(new CardMeta(id, null, List.of("Engine"), new Source("notes/05.md", 9), List.of()),
                BasicCard.Origin.QA, q, a);
    }

    /** The cloze cards of one sentence: siblings sharing one note. */
    static List<Card> cloze(String text) {
        int parts = text.split("\\{\\{").length - 1;
        CardId first = CardId.of(Kind.CLOZE, text);
        List<Card> out = new java.util.ArrayList<>();
        for (int i = 0; i < parts; i++) {
            CardId id = i == 0 ? first : new CardId(first.value() + "-" + (i + 1));
            out.add(new ClozeCard(new CardMeta(id, first.value(), List.of("Engine"), new Source("notes/05.md", 20), List.of()), text, i));
        }
        return out;
    }

    static ChoiceCard choice(String q, String right, String... wrong) {
        List<Option> options = new java.util.ArrayList<>();
        options.add(new Option(right, true));
        for (String w : wrong) options.add(new Option(w, false));
        return new ChoiceCard(new CardMeta(CardId.of(Kind.CHOICE, q), null, List.of("Engine"), new Source("notes/05.md", 30), List.of()),
                q, options, "because", "https://docs.docker.com/");
    }

    static Deck deck(String name, Card... cards) {
        return new Deck(name, 5, "The Docker Engine", List.of(), "notes/05.md", List.of(cards));
    }
}
