package dca.share;

import dca.deck.Deck;
import java.util.List;
import java.util.Map;

/**
 * What reading an import file gave, before anything is stored.
 *
 * @param format  the format the file was read as
 * @param decks   its decks, named as the file names them
 * @param groups  deck name → the group the file puts it in (an Anki parent deck), for the decks that have one
 * @param notices lines for the import report: what was dropped or read in a way worth saying
 */
public record ImportedDecks(DeckImporter.Format format, List<Deck> decks, Map<String, String> groups, List<String> notices) {
    public ImportedDecks {
        decks = List.copyOf(decks);
        groups = Map.copyOf(groups);
        notices = List.copyOf(notices);
    }
}
