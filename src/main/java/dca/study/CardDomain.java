package dca.study;

import dca.deck.Card;
import dca.deck.Deck;
import dca.deck.Domain;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one domain a card counts towards in exams and stats: the domain of its objective tag
 * ({@code o4.2} → networking), else its first domain tag, else its deck's first domain.
 */
public final class CardDomain {
    private static final Pattern OBJECTIVE = Pattern.compile("o([1-6])\\.\\d+");

    private CardDomain() {}

    public static Optional<Domain> of(Card card, Deck deck) {
        for (String tag : card.meta().tags()) {
            Matcher m = OBJECTIVE.matcher(tag.toLowerCase(Locale.ROOT));
            if (m.matches()) return Optional.of(Domain.values()[Integer.parseInt(m.group(1)) - 1]);
        }
        for (String tag : card.meta().tags()) {
            Optional<Domain> d = exactDomain(tag);
            if (d.isPresent()) return d;
        }
        return deck == null || deck.domains().isEmpty() ? Optional.empty() : Optional.of(deck.domains().get(0));
    }

    /** Only a tag that is exactly a domain slug counts; a free tag like {@code images-cleanup} does not. */
    private static Optional<Domain> exactDomain(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        for (Domain d : Domain.values()) {
            if (d.slug().equals(t)) return Optional.of(d);
        }
        return Optional.empty();
    }
}
