package dca.notes;

import dca.deck.Deck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns a notes directory or a single Markdown file into decks, one per chapter. */
public final class NotesLoader {
    private NotesLoader() {}

    /** A directory (every {@code *.md} inside, sorted) or one {@code .md} file. */
    public static List<Deck> load(Path path) throws IOException, NotesException {
        List<Deck> decks = new ArrayList<>();
        for (ParsedNotes p : parseAll(path)) decks.addAll(p.decks());
        return decks;
    }

    /**
     * Every file under {@code path} parsed, with its problems. Sources are named relative to the
     * directory's parent ({@code notes/05-x.md}), or by file name for a single file.
     */
    public static List<ParsedNotes> parseAll(Path path) throws IOException, NotesException {
        Path base = path.toAbsolutePath().normalize().getParent();
        List<ParsedNotes> out = new ArrayList<>();
        for (Path file : files(path)) out.add(parse(file, base));
        return out;
    }

    /** The {@code .md} files a notes path stands for, sorted by name. */
    public static List<Path> files(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                return s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .toList();
            }
        }
        if (!Files.exists(path)) throw new java.nio.file.NoSuchFileException(path.toString());
        return List.of(path);
    }

    /** One file; its source name is its path relative to {@code base} (or its name when outside it). */
    public static ParsedNotes parse(Path file, Path base) throws IOException, NotesException {
        String name = sourceName(file, base);
        return NotesParser.parse(NotesText.decode(Files.readAllBytes(file), name), name);
    }

    private static String sourceName(Path file, Path base) {
        Path abs = file.toAbsolutePath().normalize();
        String name = base != null && abs.startsWith(base) ? base.relativize(abs).toString() : abs.getFileName().toString();
        return name.replace('\\', '/');
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
}
