package dca.deck;

import java.util.function.Function;

/**
 * Does one thing per card kind. Every kind must be handled, so adding a kind to the sealed
 * {@link Card} makes the compiler point at every place that has to learn it (Java 17 has no
 * pattern {@code switch} yet).
 */
public interface CardVisitor<R> {
    R basic(BasicCard card);

    R cloze(ClozeCard card);

    R list(ListCard card);

    R choice(ChoiceCard card);

    /** A visitor from one function per kind, for {@code card.accept(CardVisitor.of(b -> …, z -> …, l -> …, q -> …))}. */
    static <R> CardVisitor<R> of(Function<BasicCard, R> basic, Function<ClozeCard, R> cloze,
                                 Function<ListCard, R> list, Function<ChoiceCard, R> choice) {
        return new CardVisitor<>() {
            @Override public R basic(BasicCard card) { return basic.apply(card); }
            @Override public R cloze(ClozeCard card) { return cloze.apply(card); }
            @Override public R list(ListCard card) { return list.apply(card); }
            @Override public R choice(ChoiceCard card) { return choice.apply(card); }
        };
    }
}
