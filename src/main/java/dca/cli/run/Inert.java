package dca.cli.run;

import dca.deck.Deck;
import dca.share.CleanText;
import dca.share.DeckCleaner;
import java.util.ArrayList;
import java.util.List;

/**
 * The one sanitiser for text dca did not write itself (notes, imported decks, the progress file)
 * on its way to a terminal: escape sequences (colours, OSC 8 links, screen clears) and control
 * characters (BEL, backspace, CR) are removed, so card text can never drive the terminal.
 */
public final class Inert {
    private Inert() {}

    public static String text(String s) {
        return CleanText.clean(s);
    }

    /** The deck with every text field inert; the same object when there was nothing to remove. */
    public static Deck deck(Deck d) {
        DeckCleaner.Cleaned c = DeckCleaner.clean(d);
        return c.fieldsChanged() == 0 ? d : c.deck();
    }

    public static List<Deck> decks(List<Deck> decks) {
        List<Deck> out = new ArrayList<>(decks.size());
        for (Deck d : decks) out.add(deck(d));
        return out;
    }
}
