package dca.notes;

import dca.deck.Deck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns a notes directory (read recursively, see {@link NotesFolder}) or a single Markdown file into
 * decks, one per chapter.
 */
public final class NotesLoader {
    private NotesLoader() {}

    /** A directory (every notes file below it) or one {@code .md} file; parts of one chapter are one deck. */
    public static List<Deck> load(Path path) throws IOException, NotesException {
        return decks(parseAll(path));
    }

    /** The decks of parsed files, one per name: a chapter written in several files is one deck. */
    public static List<Deck> decks(List<ParsedNotes> parsed) {
        return DeckAssembly.merge(parsed);
    }

    /**
     * Every file under {@code path} parsed, with its problems. Sources are named relative to the
     * directory's parent ({@code notes/05-x.md}), or by file name for a single file.
     */
    public static List<ParsedNotes> parseAll(Path path) throws IOException, NotesException {
        return parseAll(path, path.toAbsolutePath().normalize().getParent(), p -> true);
    }

    /**
     * The notes at {@code path}, sources named relative to {@code base}. In a directory, only the files
     * {@code include} accepts are read; a file that is not UTF-8 is skipped with an error (its own deck
     * is missing, the others are not), and so are files that are not study notes, with the reason. A
     * single file that is not UTF-8 is a {@link NotesException}.
     */
    public static List<ParsedNotes> parseAll(Path path, Path base, Predicate<Path> include) throws IOException, NotesException {
        if (!Files.isDirectory(path)) {
            if (!Files.exists(path)) throw new java.nio.file.NoSuchFileException(path.toString());
            return List.of(parse(path, base));
        }
        Path root = path.toAbsolutePath().normalize();
        NotesFolder.Scan scan = NotesFolder.scan(root);
        List<NotesFile> read = new ArrayList<>();
        List<ParsedNotes> unread = new ArrayList<>();
        for (Path file : scan.files()) {
            if (!include.test(file)) continue;
            String name = sourceName(file, base);
            Folders folders = Folders.of(root.relativize(file.toAbsolutePath().normalize()));
            try {
                read.add(NotesParser.read(NotesText.decode(Files.readAllBytes(file), name), name, folders, true));
            } catch (NotesException e) {
                String why = e.getMessage().startsWith(name) ? e.getMessage().substring(name.length()).replaceFirst("^\\s*is\\s+", "") : e.getMessage();
                unread.add(ParsedNotes.skipped(name, why, List.of(new Problem(name, 0, why + "; save it as UTF-8 (its deck is left out until then)"))));
            } catch (IOException e) {
                String why = "cannot be read (" + e.getClass().getSimpleName() + ")";
                unread.add(ParsedNotes.skipped(name, why, List.of(new Problem(name, 0, why))));
            }
        }
        AnswerKeys.linkSiblings(read);
        List<ParsedNotes> out = new ArrayList<>(DeckAssembly.assemble(read));
        out.addAll(unread);
        for (NotesFolder.Skipped s : scan.skipped()) {
            if (include.test(s.path())) out.add(ParsedNotes.skipped(sourceName(s.path(), base), s.why(), List.of()));
        }
        return out;
    }

    /** The notes files a path stands for: every notes file below a directory, in reading order, or the one file. */
    public static List<Path> files(Path path) throws IOException {
        return NotesFolder.scan(path).files();
    }

    /**
     * One file of the notes folder {@code root}, named on its own ({@code dca show notes/Networking/README.md}):
     * read whatever it holds, with the chapter, title and domain its folders give it, so its deck and
     * card ids are those the whole folder gives.
     */
    public static ParsedNotes parse(Path file, Path base, Path root) throws IOException, NotesException {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = root.toAbsolutePath().normalize();
        if (!abs.startsWith(dir) || abs.equals(dir)) return parse(file, base);
        String name = sourceName(file, base);
        String text = NotesText.decode(Files.readAllBytes(file), name);
        return DeckAssembly.assemble(List.of(NotesParser.read(text, name, Folders.of(dir.relativize(abs)), false))).get(0);
    }

    /** One file; its source name is its path relative to {@code base} (or its name when outside it). */
    public static ParsedNotes parse(Path file, Path base) throws IOException, NotesException {
        String name = sourceName(file, base);
        return NotesParser.parse(NotesText.decode(Files.readAllBytes(file), name), name);
    }

    /** One file, explained line by line for {@code dca check --explain}. */
    public static Explanation explain(Path file, Path base) throws IOException, NotesException {
        String name = sourceName(file, base);
        return NotesParser.explain(NotesText.decode(Files.readAllBytes(file), name), name);
    }

    /** Notes held in memory (bundled in the jar, or in tests). */
    public static ParsedNotes parse(byte[] bytes, String name) throws NotesException {
        return NotesParser.parse(NotesText.decode(bytes, name), name);
    }

    private static String sourceName(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        Path b = base == null ? null : base.toAbsolutePath().normalize();
        String name = b != null && abs.startsWith(b) ? b.relativize(abs).toString() : abs.getFileName().toString();
        return name.replace('\\', '/');
    }
}
