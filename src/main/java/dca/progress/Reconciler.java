package dca.progress;

import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.deck.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN §3 identity, on the progress in memory: what the notes say now about each known card
 * (prompt, deck, kind), progress carried over to a card that is clearly the same one reworded, and
 * cards gone from the notes kept as orphans (never dropped).
 */
final class Reconciler {
    private Reconciler() {}

    /** What reconciling found, and whether the data changed (then it needs saving). */
    record Outcome(ReconcileReport report, boolean changed) {}

    /**
     * Carries progress of reworded cards over and keeps orphans; only the given decks are looked
     * at, so reconciling one chapter never touches another's cards.
     */
    static Outcome reconcile(ProgressData data, List<Deck> decks) {
        Map<CardId, Card> present = new HashMap<>();
        Map<CardId, String> deckOf = new HashMap<>();
        Set<String> deckNames = new HashSet<>();
        for (Deck d : decks) {
            deckNames.add(d.name());
            for (Card c : d.cards()) {
                present.putIfAbsent(c.id(), c);
                deckOf.putIfAbsent(c.id(), d.name());
            }
        }
        // The decks that lost a card: only they can hold a rewording (one pass, not one per deck; carrying a
        // rewording over loses no card in another deck).
        Set<String> losing = new HashSet<>();
        for (Map.Entry<CardId, CardProgress> e : data.cards.entrySet()) {
            if (!present.containsKey(e.getKey())) losing.add(e.getValue().deck());
        }
        boolean changed = false;
        List<ReconcileReport.Carried> carried = new ArrayList<>();
        for (Deck d : decks) {
            if (!losing.contains(d.name())) continue;
            for (ReconcileReport.Carried c : rewordings(data, d, present)) {
                CardProgress old = data.cards.remove(c.from());
                data.kinds.remove(c.from());
                // The id it was first known by stays with the card, through any number of rewordings.
                CardId first = data.firstIds.remove(c.from());
                if (first == null) first = c.from();
                if (!first.equals(c.to())) data.firstIds.put(c.to(), first);
                data.cards.put(c.to(), new CardProgress(c.deck(), c.newPrompt(), old.memory()));
                for (int i = 0; i < data.reviews.size(); i++) {
                    ReviewRecord r = data.reviews.get(i);
                    if (r.card().equals(c.from())) {
                        data.reviews.set(i, new ReviewRecord(c.to(), r.at(), r.rating(), r.mode(), r.ms()));
                        data.reviewChanged(i);
                    }
                }
                carried.add(c);
                changed = true;
            }
        }
        // Keep what the notes say now: the prompt (for future rewording matches), deck and kind.
        for (Map.Entry<CardId, CardProgress> e : data.cards.entrySet()) {
            Card c = present.get(e.getKey());
            if (c == null) continue;
            CardProgress p = e.getValue();
            String deck = deckOf.get(e.getKey());
            if (!c.prompt().equals(p.prompt()) || !deck.equals(p.deck())) {
                e.setValue(new CardProgress(deck, c.prompt(), p.memory()));
                changed = true;
            }
            if (data.kinds.put(e.getKey(), c.kind()) != c.kind()) changed = true;
        }
        List<ReconcileReport.Orphan> orphans = new ArrayList<>();
        for (Map.Entry<CardId, CardProgress> e : data.cards.entrySet()) {
            CardProgress p = e.getValue();
            if (deckNames.contains(p.deck()) && !present.containsKey(e.getKey())) {
                orphans.add(new ReconcileReport.Orphan(p.deck(), e.getKey(), p.prompt()));
            }
        }
        return new Outcome(new ReconcileReport(carried, orphans), changed);
    }

    /** Pairs (old card gone from deck d, new card of d without progress) that are clearly one card reworded. */
    private static List<ReconcileReport.Carried> rewordings(ProgressData data, Deck d, Map<CardId, Card> present) {
        List<Map.Entry<CardId, CardProgress>> gone = new ArrayList<>();
        for (Map.Entry<CardId, CardProgress> e : data.cards.entrySet()) {
            if (e.getValue().deck().equals(d.name()) && !present.containsKey(e.getKey())) gone.add(e);
        }
        if (gone.isEmpty()) return List.of();
        List<Card> fresh = new ArrayList<>();
        for (Card c : d.cards()) {
            if (!data.cards.containsKey(c.id())) fresh.add(c);
        }
        Map<CardId, List<Card>> matchesOfOld = new HashMap<>();
        Map<CardId, Integer> matchesOfNew = new HashMap<>();
        for (Map.Entry<CardId, CardProgress> old : gone) {
            Kind kind = kindOf(data, old.getKey(), old.getValue().deck(), old.getValue().prompt());
            if (kind == null) continue;
            for (Card c : fresh) {
                if (c.kind() == kind && Rewording.sameCard(old.getValue().prompt(), c.prompt())) {
                    matchesOfOld.computeIfAbsent(old.getKey(), k -> new ArrayList<>()).add(c);
                    matchesOfNew.merge(c.id(), 1, Integer::sum);
                }
            }
        }
        List<ReconcileReport.Carried> out = new ArrayList<>();
        for (Map.Entry<CardId, CardProgress> old : gone) {
            List<Card> m = matchesOfOld.get(old.getKey());
            // Ambiguous either way (two candidates, or a candidate claimed twice): start fresh instead.
            if (m == null || m.size() != 1 || matchesOfNew.get(m.get(0).id()) != 1) continue;
            Card c = m.get(0);
            String oldPrompt = old.getValue().prompt();
            out.add(new ReconcileReport.Carried(d.name(), old.getKey(), c.id(), oldPrompt, c.prompt(),
                    Rewording.similarity(oldPrompt, c.prompt())));
        }
        return out;
    }

    /** The kind the file remembers, else the kind whose derived id is this id (unpinned cards). */
    private static Kind kindOf(ProgressData data, CardId id, String deck, String prompt) {
        Kind k = data.kinds.get(id);
        if (k != null) return k;
        for (Kind candidate : Kind.values()) {
            if (CardId.of(candidate, deck, prompt).equals(id) || CardId.of(candidate, prompt).equals(id)) return candidate;
        }
        return null;
    }
}
