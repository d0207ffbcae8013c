package dca.cli;

import dca.deck.Card;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.notes.Explanation;
import dca.notes.Objectives;
import dca.notes.Objectives.Objective;
import dca.notes.ParsedNotes;
import dca.notes.Problem;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dca check}: lints notes the way a study group's CI would run it — cards per file, each
 * problem as {@code file:line: message}, exit 1 on any; {@code --coverage} measures the exam objectives.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Lint notes: cards per file and every problem as file:line: message.",
                       "Exits 1 when there is a problem (or, with --coverage, an objective below target)."})
public final class CheckCommand implements Callable<Integer> {
    static final int MIN_CARDS = 3;
    static final int MIN_QUESTIONS = 1;

    @ParentCommand
    DcaCommand root;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Notes directories or .md files (default: the notes).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--explain", description = "Line by line: which lines of each PATH became which cards (and by which rule), "
            + "and which content lines made none, with the rule that nearly matched.")
    boolean explain;

    @Option(names = "--coverage", description = "Count cards and choice questions per exam objective (#o1.3 tags) and per domain.")
    boolean coverage;

    @Override
    public Integer call() {
        PrintStream out = root.env().out();
        if (explain) return explain(out);
        List<ParsedNotes> files = new ArrayList<>();
        if (paths.isEmpty()) {
            files.addAll(Library.parsed(root));
        } else {
            for (String p : paths) files.addAll(Library.parsed(root, root.env().path(p)));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> deckFile = new HashMap<>();
        int cards = 0;
        for (ParsedNotes f : files) {
            List<String> names = f.decks().stream().map(d -> d.name() + " " + d.cards().size()).toList();
            out.println(f.file() + ": " + f.cardCount() + " cards" + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")"));
            cards += f.cardCount();
            problems.addAll(f.problems());
            for (Deck d : f.decks()) {
                String before = deckFile.putIfAbsent(d.name(), f.file());
                if (before != null && !before.equals(f.file())) {
                    problems.add(new Problem(f.file(), 0, "deck " + d.name() + " is also defined in " + before
                            + "; give one of them another chapter number"));
                }
            }
        }
        for (Problem p : problems) out.println(p);
        out.println(files.size() + " files, " + cards + " cards, " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems"));
        boolean failed = !problems.isEmpty();
        if (coverage) failed |= coverage(out, files);
        return failed ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }

    /** {@code --explain PATH…}: each file's lines with their cards; exit 1 when a file has problems, as check does. */
    private int explain(PrintStream out) {
        if (paths.isEmpty()) throw Failure.usage("--explain needs a notes file", "run dca check --explain FILE.md");
        boolean problems = false;
        for (String p : paths) {
            for (Explanation e : Library.explained(root, root.env().path(p))) {
                for (String line : e.report()) out.println(Inert.text(line));
                for (Problem problem : e.parsed().problems()) out.println(Inert.text(problem.toString()));
                problems |= !e.parsed().problems().isEmpty();
            }
        }
        return problems ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }

    /** Prints cards and questions per objective and questions per domain; true when an objective is below target. */
    private boolean coverage(PrintStream out, List<ParsedNotes> files) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Objective o : Objectives.all()) counts.put(o.id(), new int[2]);
        Map<Domain, Integer> questionsByDomain = new EnumMap<>(Domain.class);
        for (Domain d : Domain.values()) questionsByDomain.put(d, 0);
        for (ParsedNotes f : files) {
            for (Deck d : f.decks()) {
                for (Card c : d.cards()) {
                    Domain questionDomain = null;
                    for (String tag : c.meta().tags()) {
                        int[] n = counts.get(tag);
                        if (n == null) continue;
                        n[0]++;
                        if (c instanceof ChoiceCard) {
                            n[1]++;
                            if (questionDomain == null) questionDomain = Objectives.byId(tag).map(Objective::domain).orElse(null);
                        }
                    }
                    if (c instanceof ChoiceCard) {
                        if (questionDomain == null) questionDomain = firstDomain(c, d).orElse(null);
                        if (questionDomain != null) questionsByDomain.merge(questionDomain, 1, Integer::sum);
                    }
                }
            }
        }
        out.println();
        out.println("Exam objectives (target: " + MIN_CARDS + "+ cards and " + MIN_QUESTIONS + "+ choice question each)");
        List<List<String>> rows = new ArrayList<>();
        int below = 0;
        for (Objective o : Objectives.all()) {
            int[] n = counts.get(o.id());
            boolean low = n[0] < MIN_CARDS || n[1] < MIN_QUESTIONS;
            if (low) below++;
            rows.add(List.of(o.id(), o.domain().slug(), Integer.toString(n[0]), Integer.toString(n[1]),
                    low ? "LOW" : "ok", o.text()));
        }
        Table.print(out, List.of("objective", "domain", "cards", "questions", "", "text"), rows);
        out.println();
        out.println("Choice questions by domain (exam weight)");
        List<List<String>> domainRows = new ArrayList<>();
        int total = questionsByDomain.values().stream().mapToInt(Integer::intValue).sum();
        for (Domain d : Domain.values()) {
            int q = questionsByDomain.get(d);
            String share = total == 0 ? "-" : Math.round(100.0 * q / total) + "%";
            domainRows.add(List.of(d.slug(), Integer.toString(q), share, d.weight() + "%"));
        }
        Table.print(out, List.of("domain", "questions", "share", "weight"), domainRows);
        out.println();
        out.println(Objectives.all().size() + " objectives: " + (Objectives.all().size() - below) + " covered, "
                + below + " below target");
        return below > 0;
    }

    private static Optional<Domain> firstDomain(Card c, Deck d) {
        if (!d.domains().isEmpty()) return Optional.of(d.domains().get(0));
        for (String tag : c.meta().tags()) {
            Optional<Domain> dom = Domain.parse(tag).filter(x -> x.slug().equals(tag));
            if (dom.isPresent()) return dom;
        }
        return Optional.empty();
    }
}
