package dca.share;

import dca.deck.CardId;
import java.util.Map;

/**
 * What an Anki export needs to know beyond the decks.
 *
 * @param history  when each note last changed, so that unchanged notes keep their {@code mod}
 * @param firstIds card id → the id the card had before it was reworded (its progress was carried
 *                 over, DESIGN §3), so that its Anki note keeps its guid and is updated in place
 */
public record ExportOptions(ExportHistory history, Map<CardId, CardId> firstIds) {
    public ExportOptions {
        if (history == null) history = ExportHistory.empty();
        firstIds = firstIds == null ? Map.of() : Map.copyOf(firstIds);
    }

    /** No history (every note gets the export time) and no rewording. */
    public static ExportOptions none() {
        return new ExportOptions(ExportHistory.empty(), Map.of());
    }

    CardId guidId(CardId id) {
        return firstIds.getOrDefault(id, id);
    }
}
