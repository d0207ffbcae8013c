package dca.cli.commands;

import dca.deck.Card;
import dca.deck.CardDomain;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Kind;
import dca.notes.Objectives.Objective;
import dca.notes.Objectives;
import dca.notes.ParsedNotes;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code dca check --coverage} counts: cards and choice questions per exam objective, and
 * choice questions per domain, each question in the domain {@link CardDomain} gives it (the
 * domain the exam draws it for).
 */
final class ObjectiveCoverage {
    /** Per objective: [cards, choice questions]. */
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<CardId, Domain> questionDomains = new LinkedHashMap<>();
    private final Map<Domain, Integer> questionsByDomain = new EnumMap<>(Domain.class);

    ObjectiveCoverage(List<ParsedNotes> files) {
        for (Objective o : Objectives.all()) counts.put(o.id(), new int[2]);
        for (Domain d : Domain.values()) questionsByDomain.put(d, 0);
        for (ParsedNotes f : files) {
            for (Deck d : f.decks()) {
                for (Card c : d.cards()) count(c, d);
            }
        }
    }

    private void count(Card c, Deck d) {
        boolean question = c.kind() == Kind.CHOICE;
        for (String tag : c.meta().tags()) {
            int[] n = counts.get(tag);
            if (n == null) continue;
            n[0]++;
            if (question) n[1]++;
        }
        if (!question) return;
        CardDomain.of(c, d).ifPresent(domain -> {
            questionDomains.putIfAbsent(c.id(), domain);
            questionsByDomain.merge(domain, 1, Integer::sum);
        });
    }

    int cards(Objective o) { return counts.get(o.id())[0]; }

    int questions(Objective o) { return counts.get(o.id())[1]; }

    /** Choice questions per domain, every domain present. */
    Map<Domain, Integer> questionsByDomain() { return Collections.unmodifiableMap(questionsByDomain); }

    /** The domain each choice question counts towards; questions without any domain are absent. */
    Map<CardId, Domain> questionDomains() { return Collections.unmodifiableMap(questionDomains); }
}
