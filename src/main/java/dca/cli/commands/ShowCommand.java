package dca.cli.commands;

import dca.cli.run.DeckSources;
import dca.cli.run.ExitCode;
import dca.deck.Card;
import dca.deck.CardVisitor;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.DeckJson;
import dca.deck.Domain;
import dca.deck.Kind;
import dca.deck.Option;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dca show DECK}: every card of a deck with its context, prompt, answer and source line. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Print every card of a deck: kind, context, prompt, answer and file:line.",
                       "DECK is a deck name (chapter-5, ch5, 5, docker-engine, a domain, all) or a .md file."})
public final class ShowCommand extends SubCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DECK", description = "Deck name or notes file.")
    List<String> names;

    @picocli.CommandLine.Option(names = "--json", description = "Print the deck JSON (the format dca import reads).")
    boolean json;

    @Override
    public Integer call() {
        List<Deck> decks = DeckSources.decks(root, names);
        PrintStream out = root.env().out();
        if (json) {
            out.print(DeckJson.write(decks));
            return ExitCode.OK;
        }
        boolean first = true;
        for (Deck d : decks) {
            if (!first) out.println();
            first = false;
            out.println(d.label() + "  (" + d.cards().size() + " cards: " + d.count(Kind.BASIC) + " basic, "
                    + d.count(Kind.CLOZE) + " cloze, " + d.count(Kind.LIST) + " list, " + d.count(Kind.CHOICE)
                    + " choice; domains " + d.domains().stream().map(Domain::slug).collect(Collectors.joining(", ")) + ")");
            for (Card c : d.cards()) {
                out.println();
                print(out, c);
            }
        }
        return ExitCode.OK;
    }

    static void print(PrintStream out, Card c) {
        String kind = c.kind().label() + c.accept(CardVisitor.of(
                b -> "/" + b.origin().name().toLowerCase(java.util.Locale.ROOT), z -> "", l -> "", q -> ""));
        out.println(("[" + kind + "] " + String.join(" › ", c.meta().context())).stripTrailing());
        field(out, "Q", c.prompt());
        c.accept(CardVisitor.of(
                b -> field(out, "A", b.answer()),
                z -> field(out, "A", z.answer()),
                l -> field(out, "A", l.answer()),
                q -> options(out, q)));
        out.println("  " + c.source() + "  id " + c.id() + (c.meta().tags().isEmpty() ? "" : "  #" + String.join(" #", c.meta().tags())));
    }

    private static Void options(PrintStream out, ChoiceCard q) {
        char letter = 'a';
        for (Option o : q.options()) {
            out.println("  " + (o.correct() ? "*" : " ") + " " + letter++ + ") " + o.text());
        }
        if (!q.explanation().isEmpty()) field(out, "Why", q.explanation());
        if (!q.link().isEmpty()) field(out, "link", q.link());
        return null;
    }

    /** The text under its label; later lines indented below the first. Returns nothing, for visitors. */
    private static Void field(PrintStream out, String label, String text) {
        String[] lines = text.split("\n", -1);
        out.println("  " + label + ": " + lines[0]);
        String indent = " ".repeat(label.length() + 4);
        for (int i = 1; i < lines.length; i++) out.println(indent + lines[i]);
        return null;
    }
}
