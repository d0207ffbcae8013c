package dca.notes;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The curriculum shipped inside dca ({@code notes/*.md} copied to {@code dca/notes/} on the class
 * path), so an installed dca works from any directory. Listed through the code source: a directory
 * when run from {@code target/classes}, a zip file system when run from the jar.
 */
public final class BundledNotes {
    static final String DIR = "dca/notes";

    private BundledNotes() {}

    public static List<ParsedNotes> parseAll() throws IOException, NotesException {
        return parseAll(name -> true);
    }

    /** Only the files whose names pass the filter (start-up: just the chapter asked for). */
    public static List<ParsedNotes> parseAll(Predicate<String> fileName) throws IOException, NotesException {
        return parseAll(codeSource(), fileName);
    }

    /** The notes under {@code dca/notes/} of a class-path entry: a directory or a jar. */
    static List<ParsedNotes> parseAll(Path location, Predicate<String> fileName) throws IOException, NotesException {
        if (location == null) return List.of();
        if (Files.isDirectory(location)) return parseDir(location.resolve(DIR), fileName);
        if (!Files.isRegularFile(location)) return List.of();
        try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
            return parseDir(jar.getPath("/" + DIR), fileName);
        }
    }

    private static List<ParsedNotes> parseDir(Path dir, Predicate<String> fileName) throws IOException, NotesException {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> fileName.test(p.getFileName().toString())).sorted().toList();
        }
        List<ParsedNotes> out = new ArrayList<>();
        for (Path f : files) out.add(NotesLoader.parse(Files.readAllBytes(f), "notes/" + f.getFileName()));
        return out;
    }

    private static Path codeSource() {
        try {
            CodeSource cs = BundledNotes.class.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
