package dca.cli.commands;

import dca.cli.run.DeckSources;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.deck.Deck;
import dca.deck.DeckJson;
import dca.io.AtomicWrite;
import dca.notes.NotesLoader;
import dca.notes.ParsedNotes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dca build}: compiles every chapter of the notes into {@code decks/<deck>.json}, the share format. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Compile the notes into decks/<deck>.json, one file per chapter (the format dca import reads)."})
public final class BuildCommand extends SubCommand implements Callable<Integer> {
    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Directory to write (default: ${DEFAULT-VALUE}).")
    String out = "decks";

    @Override
    public Integer call() {
        PrintStream stdout = root.env().out();
        List<ParsedNotes> files = DeckSources.parsed(root);
        Path dir = root.env().path(out);
        int problems = 0;
        int written = 0;
        try {
            Files.createDirectories(dir);
            for (ParsedNotes f : files) problems += (int) f.problems().stream().filter(p -> !p.warning()).count();
            // One deck per name: the loader names chapters apart and joins the parts of one chapter.
            for (Deck d : NotesLoader.decks(files)) {
                Path target = dir.resolve(d.name() + ".json");
                write(target, DeckJson.write(List.of(d)));
                stdout.println("wrote " + root.env().cwd().relativize(target.toAbsolutePath()) + " (" + d.cards().size() + " cards)");
                written++;
            }
        } catch (IOException e) {
            throw Failure.usage("cannot write decks to " + dir + ": " + e.getMessage(), "pass a writable directory with --out DIR");
        }
        stdout.println(written + " decks written" + (problems > 0 ? "; " + problems + " problems in the notes, run dca check" : ""));
        return ExitCode.OK;
    }

    /** Whole or not at all, so a reader (or a CI job) never sees half a deck. */
    private static void write(Path target, String json) throws IOException {
        AtomicWrite.write(target, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }
}
