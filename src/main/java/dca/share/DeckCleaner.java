package dca.share;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardMeta;
import dca.deck.CardVisitor;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.ListCard;
import dca.deck.Option;
import dca.deck.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a deck with every text field passed through {@link CleanText}, counting the fields that
 * changed, so that nothing from an untrusted file can drive the terminal when dca prints it.
 */
public final class DeckCleaner {
    private int changed;

    /** A cleaned deck and how many of its text fields had something removed. */
    public record Cleaned(Deck deck, int fieldsChanged) {}

    private DeckCleaner() {}

    public static Cleaned clean(Deck deck) {
        DeckCleaner c = new DeckCleaner();
        List<Card> cards = new ArrayList<>(deck.cards().size());
        for (Card card : deck.cards()) cards.add(c.card(card));
        Deck out = new Deck(c.s(deck.name()), deck.chapter(), c.s(deck.title()), deck.domains(), c.s(deck.source()), cards);
        return new Cleaned(out, c.changed);
    }

    private String s(String text) {
        String t = CleanText.clean(text);
        if (t != null && !t.equals(text)) changed++;
        return t;
    }

    private List<String> all(List<String> texts) {
        List<String> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(s(t));
        return out;
    }

    private Card card(Card card) {
        CardMeta m = card.meta();
        CardMeta meta = new CardMeta(m.id(), s(m.note()), all(m.context()),
                new Source(s(m.source().file()), m.source().line()), all(m.tags()));
        return card.accept(CardVisitor.<Card>of(
                b -> new BasicCard(meta, b.origin(), s(b.prompt()), s(b.answer())),
                z -> new ClozeCard(meta, s(z.text()), z.index()),
                l -> new ListCard(meta, s(l.prompt()), all(l.items())),
                q -> {
                    List<Option> options = new ArrayList<>();
                    for (Option o : q.options()) options.add(new Option(s(o.text()), o.correct(), o.fixed()));
                    return new ChoiceCard(meta, s(q.prompt()), options, s(q.explanation()), s(q.link()));
                }));
    }
}
