package dca.cli.commands;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Deck names for completion, computed each time completion asks (notes change while the shell
 * runs). Use as {@code completionCandidates = DeckCandidates.class} on a DECK parameter; the shell's
 * factory gives it the run's catalog, elsewhere it offers nothing.
 */
public final class DeckCandidates implements Iterable<String> {
    private final Supplier<List<String>> names;

    public DeckCandidates() {
        this(List::of);
    }

    DeckCandidates(Supplier<List<String>> names) {
        this.names = names;
    }

    @Override
    public Iterator<String> iterator() {
        try {
            return names.get().iterator();
        } catch (RuntimeException e) {
            // Unreadable notes while completing: offer nothing rather than break the prompt.
            return Collections.emptyIterator();
        }
    }
}
