package dca.cli.commands;

import dca.cli.run.DeckSources;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.run.Inert;
import dca.cli.text.Table;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.notes.Explanation;
import dca.notes.Objectives.Objective;
import dca.notes.Objectives;
import dca.notes.ParsedNotes;
import dca.notes.Problem;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dca check}: lints notes the way a study group's CI would run it — cards per file, each
 * problem as {@code file:line: message}, exit 1 on any; {@code --coverage} measures the exam objectives.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Lint notes: cards per file, skipped files and why, every problem as file:line: message.",
                       "Exits 1 when there is a problem (warnings do not fail; with --coverage, an objective below target does)."})
public final class CheckCommand extends SubCommand implements Callable<Integer> {
    static final int MIN_CARDS = 3;
    static final int MIN_QUESTIONS = 1;

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
        List<List<ParsedNotes>> groups = new ArrayList<>();
        if (paths.isEmpty()) {
            groups.add(DeckSources.parsed(root));
        } else {
            for (String p : paths) groups.add(DeckSources.parsed(root, root.env().path(p)));
        }
        groups.forEach(files::addAll);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> deckFile = new HashMap<>();
        int cards = 0;
        int skipped = 0;
        for (List<ParsedNotes> group : groups) {
            Map<String, String> inGroup = new HashMap<>();
            for (ParsedNotes f : group) {
                problems.addAll(f.problems());
                if (f.isSkipped()) {
                    // Said on its own line, so a study group sees which pages dca left out and why.
                    out.println(f.file() + ": skipped, " + f.skipped());
                    skipped++;
                    continue;
                }
                List<String> names = f.decks().stream().map(d -> d.name() + " " + d.cards().size()).toList();
                out.println(f.file() + ": " + f.cardCount() + " cards" + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")"));
                cards += f.cardCount();
                for (Deck d : f.decks()) {
                    // Within one notes path the loader names every chapter apart; across paths it cannot.
                    inGroup.putIfAbsent(d.name(), f.file());
                    String before = deckFile.get(d.name());
                    if (before != null && !before.equals(f.file())) {
                        problems.add(new Problem(f.file(), 0, "deck " + d.name() + " is also defined in " + before
                                + "; give one of them another chapter number"));
                    }
                }
            }
            inGroup.forEach(deckFile::putIfAbsent);
        }
        long errors = problems.stream().filter(p -> !p.warning()).count();
        long warnings = problems.size() - errors;
        for (Problem p : problems) out.println(p);
        out.println(files.size() + " files, " + cards + " cards, " + errors + (errors == 1 ? " problem" : " problems")
                + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "")
                + (skipped > 0 ? ", " + skipped + " skipped" : ""));
        boolean failed = errors > 0;
        if (coverage) failed |= coverage(out, files);
        return failed ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }

    /** {@code --explain PATH…}: each file's lines with their cards; exit 1 when a file has problems, as check does. */
    private int explain(PrintStream out) {
        if (paths.isEmpty()) throw Failure.usage("--explain needs a notes file", "run dca check --explain FILE.md");
        boolean problems = false;
        for (String p : paths) {
            for (Explanation e : DeckSources.explained(root, root.env().path(p))) {
                for (String line : e.report()) out.println(Inert.text(line));
                for (Problem problem : e.parsed().problems()) out.println(Inert.text(problem.toString()));
                problems |= e.parsed().problems().stream().anyMatch(pr -> !pr.warning());
            }
        }
        return problems ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }

    /** Prints cards and questions per objective and questions per domain; true when an objective is below target. */
    private boolean coverage(PrintStream out, List<ParsedNotes> files) {
        ObjectiveCoverage coverage = new ObjectiveCoverage(files);
        Map<Domain, Integer> questionsByDomain = coverage.questionsByDomain();
        out.println();
        out.println("Exam objectives (target: " + MIN_CARDS + "+ cards and " + MIN_QUESTIONS + "+ choice question each)");
        List<List<String>> rows = new ArrayList<>();
        int below = 0;
        for (Objective o : Objectives.all()) {
            int cardCount = coverage.cards(o);
            int questionCount = coverage.questions(o);
            boolean low = cardCount < MIN_CARDS || questionCount < MIN_QUESTIONS;
            if (low) below++;
            rows.add(List.of(o.id(), o.domain().slug(), Integer.toString(cardCount), Integer.toString(questionCount),
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
}
