package dca.cli.commands;

import dca.cli.run.DeckSources;
import dca.cli.run.ExitCode;
import dca.cli.text.Table;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Kind;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dca decks}: every deck in the notes, with its chapter, domains and cards by kind. */
@Command(name = "decks", mixinStandardHelpOptions = true,
        description = {"List the decks in the notes: one per chapter, with cards by kind and source file."})
public final class DecksCommand extends SubCommand implements Callable<Integer> {
    @Option(names = "--markdown", description = "Print a Markdown table with totals (for a README).")
    boolean markdown;

    @Override
    public Integer call() {
        List<Deck> decks = DeckSources.catalog(root).all();
        PrintStream out = root.env().out();
        if (decks.isEmpty()) throw DeckSources.noDecks(root);
        List<String> header = List.of("deck", "chapter", "title", "domains", "basic", "cloze", "list", "choice", "source");
        List<List<String>> rows = new ArrayList<>();
        long[] totals = new long[Kind.values().length];
        for (Deck d : decks) {
            List<String> row = new ArrayList<>(List.of(d.name(), d.chapter() > 0 ? Integer.toString(d.chapter()) : "-",
                    d.title(), d.domains().stream().map(Domain::slug).collect(Collectors.joining(","))));
            for (Kind k : Kind.values()) {
                row.add(Long.toString(d.count(k)));
                totals[k.ordinal()] += d.count(k);
            }
            row.add(d.source());
            rows.add(row);
        }
        long all = 0;
        for (long t : totals) all += t;
        if (markdown) {
            out.println("| " + String.join(" | ", header) + " |");
            out.println("|---|--:|---|---|--:|--:|--:|--:|---|");
            for (List<String> r : rows) {
                List<String> cells = new ArrayList<>(r);
                cells.set(3, cells.get(3).replace(",", ", "));
                out.println("| " + String.join(" | ", cells.stream().map(DecksCommand::cell).toList()) + " |");
            }
            out.println("| **total** | | " + decks.size() + " decks | | " + totals[0] + " | " + totals[1] + " | "
                    + totals[2] + " | " + totals[3] + " | " + all + " cards |");
        } else {
            Table.print(out, header, rows);
            out.println();
            out.println(decks.size() + " decks, " + all + " cards (" + totals[0] + " basic, " + totals[1] + " cloze, "
                    + totals[2] + " list, " + totals[3] + " choice)");
        }
        return ExitCode.OK;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
