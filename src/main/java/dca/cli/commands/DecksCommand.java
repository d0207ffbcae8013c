package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.cli.run.DeckSources;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.screen.Terminals;
import dca.cli.text.Table;
import dca.cli.text.Wrap;
import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.Domain;
import dca.deck.Kind;
import dca.progress.ProgressException;
import dca.share.DeckStore;
import dca.study.DueCounts;
import dca.study.StudyProgress;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dca decks}: every deck, with its chapter, domains, cards by kind and where it comes from. */
@Command(name = "decks", mixinStandardHelpOptions = true,
        description = {"List the decks: one per chapter of the notes, with cards by kind, how many are due today",
                "and how many never studied, and the source file; then the imported decks, with the file and date",
                "they were imported from."})
public final class DecksCommand extends SubCommand implements Callable<Integer> {
    /** On a narrow terminal titles and sources shrink; source, domains, chapter and the card kinds go, in that order. */
    static final List<Table.Column> COLUMNS = List.of(
            Table.Column.text("deck", 10),
            Table.Column.keep("chapter").dropping(5),
            Table.Column.text("title", 12),
            Table.Column.text("domains", 10).dropping(6),
            Table.Column.keep("basic").dropping(2),
            Table.Column.keep("cloze").dropping(3),
            Table.Column.keep("list").dropping(4),
            Table.Column.keep("choice").dropping(1),
            Table.Column.keep("due"),
            Table.Column.keep("new"),
            Table.Column.text("source", 12).dropping(7));

    @Option(names = "--markdown", description = "Print a Markdown table of the notes' decks with totals (for a README).")
    boolean markdown;

    @Override
    public Integer call() {
        DeckCatalog catalog = DeckSources.catalog(root);
        // The README's table is the curriculum: decks imported on this machine are not part of it.
        List<Deck> decks = markdown ? catalog.all().stream().filter(d -> !catalog.isImported(d)).toList() : catalog.all();
        Map<String, DeckStore.Origin> origins = DeckSources.imports(root).origins();
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
            row.add(catalog.isImported(d) ? origin(origins.get(d.name())) : d.source());
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
            // Due today and never studied, as dca quiz would count them now.
            List<Table.Column> columns = new ArrayList<>(COLUMNS);
            int due = 0;
            int fresh = 0;
            try (StudyProgress progress = Drill.openReadOnly(root)) {
                progress.store().reconcile(decks); // read-only: in memory, so reworded cards count with their progress
                for (int i = 0; i < decks.size(); i++) {
                    DueCounts c = DueCounts.of(List.of(decks.get(i)), progress.log(), progress.scheduler(),
                            root.env().clock().instant(), root.env().clock().getZone());
                    rows.get(i).add(rows.get(i).size() - 1, Integer.toString(c.today()));
                    rows.get(i).add(rows.get(i).size() - 1, Integer.toString(c.unseen()));
                    due += c.today();
                    fresh += c.unseen();
                }
            } catch (ProgressException e) {
                throw new Failure(ExitCode.PROGRESS, e.getMessage(), e.hint(), e);
            }
            Table.print(out, columns, rows, Terminals.outputWidth(root.env()), true);
            out.println();
            long imported = decks.stream().filter(catalog::isImported).count();
            String summary = decks.size() + " decks" + (imported > 0 ? " (" + imported + " imported)" : "") + ", " + all + " cards ("
                    + totals[0] + " basic, " + totals[1] + " cloze, " + totals[2] + " list, " + totals[3] + " choice); "
                    + due + " due today, " + fresh + " never studied";
            for (String l : Wrap.lines(summary, Terminals.outputWidth(root.env()).orElse(Integer.MAX_VALUE), "")) out.println(l);
            List<Deck> hidden = DeckSources.imports(root).beside(DeckSources.notesNames(
                    catalog.all().stream().filter(d -> !catalog.isImported(d)).toList())).hidden();
            for (Deck h : hidden) {
                out.println("note: the deck " + h.name() + " imported before dca kept imports apart has the name of one of your"
                        + " notes' decks; dca remove " + h.name() + ", then import its file again");
            }
        }
        return ExitCode.OK;
    }

    /** "imported from group.apkg on 2026-12-01" */
    private static String origin(DeckStore.Origin o) {
        if (o == null) return "imported";
        String day = o.at() == null ? "" : " on " + o.at().atZone(ZoneOffset.UTC).toLocalDate();
        return "imported from " + o.file() + day;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
