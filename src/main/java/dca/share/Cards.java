package dca.share;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.CardVisitor;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.ListCard;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Small operations on cards that export and import share. */
public final class Cards {
    private Cards() {}

    public static Card withId(Card c, CardId id) {
        return withMeta(c, c.meta().withId(id));
    }

    public static Card withMeta(Card c, CardMeta m) {
        return c.accept(CardVisitor.<Card>of(
                b -> new BasicCard(m, b.origin(), b.prompt(), b.answer()),
                z -> new ClozeCard(m, z.text(), z.index()),
                l -> new ListCard(m, l.prompt(), l.items()),
                q -> new ChoiceCard(m, q.prompt(), q.options(), q.explanation(), q.link())));
    }

    /**
     * Same id, kind and what the drill shows and grades: prompt, answer, options (in any order: the
     * drill and the exports shuffle them), items, explanation, link and tags (as a set). Context,
     * source and how the notes spelled the card do not count.
     */
    public static boolean sameContent(Card a, Card b) {
        if (!a.id().equals(b.id()) || a.kind() != b.kind()) return false;
        if (!a.prompt().equals(b.prompt())) return false;
        // a choice card's answer lists its right options in their order, which does not count
        if (!(a instanceof ChoiceCard) && !a.answer().equals(b.answer())) return false;
        if (!tagSet(a).equals(tagSet(b))) return false;
        // Same kind (checked above): compare what only that kind has.
        return a.accept(CardVisitor.of(
                basic -> true,
                cloze -> true,
                l -> l.items().equals(((ListCard) b).items()),
                q -> {
                    ChoiceCard r = (ChoiceCard) b;
                    return optionSet(q).equals(optionSet(r)) && q.explanation().equals(r.explanation()) && q.link().equals(r.link());
                }));
    }

    private static List<String> optionSet(ChoiceCard q) {
        return q.options().stream().map(o -> (o.correct() ? "x" : " ") + (o.fixed() ? "f " : "  ") + o.text()).sorted().toList();
    }

    private static Set<String> tagSet(Card c) {
        return new TreeSet<>(c.meta().tags());
    }
}
