package dca.cli.commands;

import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.deck.Deck;
import dca.io.AtomicWrite;
import dca.cli.run.Locations;
import dca.deck.CardId;
import dca.progress.ProgressException;
import dca.progress.ProgressStore;
import dca.share.ExportFormat;
import dca.share.ExportHistory;
import dca.share.ExportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dca export DECK… --format json|apkg|anki|quizlet|md [-o FILE] [--force]} */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write decks to share: dca JSON, an Anki package, Anki or Quizlet text, or",
                "dca Markdown. Several decks go into one file. Text formats go to stdout",
                "unless -o is given; apkg always goes to a file (<deck>.apkg here by default).",
                "An existing file is never overwritten without --force."},
        sortOptions = false)
public final class ExportCommand extends SubCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DECK", description = "chapter-5, ch5, 5, a title, a domain, all, or a .md file")
    List<String> deckNames;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json (re-importable), apkg (Anki package), anki (Anki text import), quizlet, md. "
                    + "Default: from -o's extension (.json, .apkg, .md); json on stdout.")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    String output;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        Env env = root.env();
        ExportFormat fmt = format != null ? format : output == null || output.equals("-") ? ExportFormat.JSON : fromName(output);
        List<Deck> decks = DeckSources.decks(root, deckNames);
        long cards = decks.stream().mapToLong(d -> d.cards().size()).sum();
        if (cards == 0) {
            throw Failure.usage("no cards in " + String.join(", ", deckNames), "check the notes path (--notes) or run dca check");
        }
        if (fmt == ExportFormat.MD && decks.size() > 1) {
            for (Deck d : decks) {
                if (d.chapter() <= 0) {
                    throw Failure.usage("md holds several decks as chapter sections, and " + d.name() + " has no chapter number",
                            "export " + d.name() + " to a file of its own");
                }
            }
        }
        Path target = null;
        if (output != null && !output.equals("-")) {
            target = env.path(output);
        } else if (fmt.binary()) {
            if ("-".equals(output)) throw Failure.usage("apkg is a binary format and cannot go to stdout", "name a file with -o FILE.apkg");
            // an imported deck's name has its group in it: group/chapter-5 becomes group-chapter-5.apkg
            target = env.cwd().resolve((decks.size() == 1 ? decks.get(0).name().replace('/', '-') : "dca-decks") + ".apkg");
        }
        ExportOptions options = fmt == ExportFormat.APKG || fmt == ExportFormat.ANKI ? ankiOptions(decks) : ExportOptions.none();
        try {
            if (target == null) {
                fmt.write(decks, env.out(), env.clock(), options);
                env.out().flush();
                return ExitCode.OK;
            }
            writeFile(fmt, decks, target, env, options);
            if (fmt == ExportFormat.APKG) saveHistory(options.history());
        } catch (IOException e) {
            throw new Failure(ExitCode.USAGE, "cannot write " + target + ": " + e.getMessage(),
                    "check the directory exists and is writable", e);
        }
        String from = decks.size() <= 3 ? String.join(", ", decks.stream().map(Deck::name).toList()) : decks.size() + " decks";
        env.out().printf("wrote %d card%s from %s to %s (%s)%n", cards, cards == 1 ? "" : "s",
                from, env.cwd().relativize(target.toAbsolutePath()), fmt.label());
        return ExitCode.OK;
    }

    /** The format {@code -o FILE} names: never a guess, so {@code deck.txt} (Anki or Quizlet text?) needs --format. */
    private static ExportFormat fromName(String output) {
        return ExportFormat.fromFileName(output).orElseThrow(() -> Failure.usage(
                "cannot tell the format from the name " + output + (output.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")
                        ? " (Anki text or Quizlet?)" : ""),
                "add --format json, apkg, anki, quizlet or md, or name the file .json, .apkg or .md"));
    }

    /**
     * What keeps Anki notes stable across exports: the history of each note's changes, and the ids
     * reworded cards had (from the progress file, reconciled in memory with these decks).
     */
    private ExportOptions ankiOptions(List<Deck> decks) {
        Map<CardId, CardId> firstIds = Map.of();
        try (ProgressStore progress = ProgressStore.openReadOnly(Locations.progress(root), env().clock())) {
            progress.reconcile(decks);
            firstIds = progress.firstIds();
        } catch (ProgressException e) {
            env().err().println("dca: note: " + e.getMessage() + "; reworded cards are exported as new notes");
        }
        return new ExportOptions(ExportHistory.load(Locations.ankiHistory(root)), firstIds);
    }

    private void saveHistory(ExportHistory history) {
        if (!history.changed()) return;
        try {
            history.save(Locations.ankiHistory(root));
        } catch (IOException e) {
            env().err().println("dca: note: cannot keep the export history in " + Locations.ankiHistory(root) + " (" + e.getMessage()
                    + "); the next export dates every note anew");
        }
    }

    private void writeFile(ExportFormat fmt, List<Deck> decks, Path target, Env env, ExportOptions options) throws IOException {
        if (Files.isDirectory(target)) throw Failure.usage(target + " is a directory", "name a file with -o FILE");
        if (Files.exists(target) && !force) {
            throw Failure.usage(target.getFileName() + " already exists", "add --force to overwrite it, or choose another -o FILE");
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        // Written beside the target and renamed over it: a failed export never leaves half a file.
        AtomicWrite.write(target, out -> fmt.write(decks, out, env.clock(), options));
    }
}
