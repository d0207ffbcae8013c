package dca.progress;

import dca.deck.CardId;
import java.util.List;

/**
 * What {@link ProgressStore#reconcile} did.
 *
 * @param carried progress moved from a reworded card's old id to its new id
 * @param orphans cards with progress that the given decks no longer contain; kept in the file
 */
public record ReconcileReport(List<Carried> carried, List<Orphan> orphans) {
    public ReconcileReport {
        carried = List.copyOf(carried);
        orphans = List.copyOf(orphans);
    }

    /** A reworded prompt whose progress now belongs to the new card id. */
    public record Carried(String deck, CardId from, CardId to, String oldPrompt, String newPrompt, double similarity) {}

    /** Progress kept for a card its deck no longer has. */
    public record Orphan(String deck, CardId id, String prompt) {}

    public boolean isEmpty() {
        return carried.isEmpty() && orphans.isEmpty();
    }
}
