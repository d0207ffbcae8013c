package dca.deck;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule that decides which domain a card counts towards, for check, exams, stats and
 * exports alike: the domain of its objective tag ({@code o4.2} → networking), else its first tag
 * that is exactly a domain slug, else its deck's first domain.
 */
public final class CardDomain {
    /** Objective ids number the domains in exam order: o1.x orchestration … o6.x storage. */
    private static final Pattern OBJECTIVE = Pattern.compile("o([1-6])\\.\\d+");

    private CardDomain() {}

    public static Optional<Domain> of(Card card, Deck deck) {
        for (String tag : card.meta().tags()) {
            Optional<Domain> d = ofObjective(tag);
            if (d.isPresent()) return d;
        }
        for (String tag : card.meta().tags()) {
            Optional<Domain> d = ofTag(tag);
            if (d.isPresent()) return d;
        }
        return deck == null || deck.domains().isEmpty() ? Optional.empty() : Optional.of(deck.domains().get(0));
    }

    /** The domain an objective id belongs to ({@code o4.2} → networking); empty for any other tag. */
    public static Optional<Domain> ofObjective(String tag) {
        Matcher m = OBJECTIVE.matcher(tag.toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(Domain.values()[Integer.parseInt(m.group(1)) - 1]) : Optional.empty();
    }

    /** Only a tag that is exactly a domain slug names a domain; a free tag like {@code images-cleanup} does not. */
    public static Optional<Domain> ofTag(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        for (Domain d : Domain.values()) {
            if (d.slug().equals(t)) return Optional.of(d);
        }
        return Optional.empty();
    }
}
