package dca.cli.drill;

import dca.cli.run.Env;
import dca.deck.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opens {@code $VISUAL}, else {@code $EDITOR}, else vi, at a card's line in the notes ({@code +LINE FILE}). */
final class EditorLauncher {
    private final Env env;
    private final Path notesRoot;

    /** {@code notesRoot}: the notes directory or file this run reads, or null for the bundled notes. */
    EditorLauncher(Env env, Path notesRoot) {
        this.env = env;
        this.notesRoot = notesRoot;
    }

    /** The file a source names, when it can be found: as given, under the notes, or under the working directory. */
    Path file(Source source) {
        if (source == null || source.file().isEmpty()) return null;
        List<Path> candidates = new ArrayList<>();
        Path p = Path.of(source.file());
        if (p.isAbsolute()) candidates.add(p);
        if (notesRoot != null) {
            Path dir = Files.isDirectory(notesRoot) ? notesRoot : notesRoot.getParent();
            if (dir != null) {
                candidates.add(dir.resolve(source.file()));
                if (dir.getParent() != null) candidates.add(dir.getParent().resolve(source.file()));
            }
        }
        candidates.add(env.cwd().resolve(source.file()));
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) return c;
        }
        return null;
    }

    String editor() {
        return env.var("VISUAL") != null ? env.var("VISUAL") : env.var("EDITOR") != null ? env.var("EDITOR") : "vi";
    }

    /** Runs the editor on the terminal and waits for it; the caller gives the terminal up first. */
    void open(Path file, int line) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(editor().trim().split("\\s+")));
        if (line > 0) cmd.add("+" + line);
        cmd.add(file.toString());
        new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
