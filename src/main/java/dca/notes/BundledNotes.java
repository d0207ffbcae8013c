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
 * when run from {@code target/classes}; in the jar, the build's index of them. Their decks are
 * compiled by the build ({@link CompiledNotes}) and parsed only when that copy does not fit.
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

    /**
     * The notes under {@code dca/notes/} of a class-path entry: a directory or a jar. Each file's decks
     * come from the build's compiled copy ({@link CompiledNotes}) when it was made from this very file
     * by this parser version, else the file is parsed.
     */
    static List<ParsedNotes> parseAll(Path location, Predicate<String> fileName) throws IOException, NotesException {
        if (location == null) return List.of();
        if (Files.isDirectory(location)) {
            Path dir = location.resolve(DIR);
            if (!Files.isDirectory(dir)) return List.of();
            List<ParsedNotes> out = new ArrayList<>();
            for (String name : names(dir)) {
                if (!fileName.test(name)) continue;
                out.add(compiledOrParsed(name, Files.readAllBytes(dir.resolve(name)), readOrNull(location.resolve(CompiledNotes.DIR + "/" + name + ".bin"))));
            }
            return out;
        }
        if (!Files.isRegularFile(location)) return List.of();
        byte[] index = ownResource(location, CompiledNotes.INDEX);
        if (index != null) {
            // In the jar the build's index lists the files (opening the jar as a file system to list it costs more
            // than the rest) with the fingerprint of each as it was compiled: the notes and their decks are one build's.
            List<ParsedNotes> out = new ArrayList<>();
            String version = NotesCache.parserVersion();
            for (String line : NotesCache.lines(index)) {
                int tab = line.indexOf('\t');
                String name = tab < 0 ? line : line.substring(0, tab);
                if (!fileName.test(name)) continue;
                List<ParsedNotes> c = version == null || tab < 0 ? null
                        : CacheEntry.open(ownResource(location, CompiledNotes.DIR + "/" + name + ".bin"), version,
                                NotesCache.bundledKey(name, line.substring(tab + 1)));
                if (c != null && c.size() == 1) {
                    out.add(c.get(0));
                } else {
                    byte[] md = ownResource(location, DIR + "/" + name);
                    if (md != null) out.add(NotesLoader.parse(md, sourceName(name)));
                }
            }
            return out;
        }
        try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
            Path dir = jar.getPath("/" + DIR);
            if (!Files.isDirectory(dir)) return List.of();
            List<ParsedNotes> out = new ArrayList<>();
            for (String name : names(dir)) {
                if (fileName.test(name)) out.add(NotesLoader.parse(Files.readAllBytes(dir.resolve(name)), sourceName(name)));
            }
            return out;
        }
    }

    private static ParsedNotes compiledOrParsed(String name, byte[] md, byte[] compiled) throws NotesException {
        String version = NotesCache.parserVersion();
        List<ParsedNotes> c = version == null ? null : CacheEntry.open(compiled, version, NotesCache.bundledKey(name, md));
        return c != null && c.size() == 1 ? c.get(0) : NotesLoader.parse(md, sourceName(name));
    }

    /** The {@code .md} files of a directory, by name in order. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
    }

    static String sourceName(String name) {
        return "notes/" + name;
    }

    /** A resource of dca's own jar, when {@code location} is that jar; else null. */
    private static byte[] ownResource(Path location, String name) throws IOException {
        if (!location.equals(codeSource())) return null;
        try (java.io.InputStream in = BundledNotes.class.getResourceAsStream("/" + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static byte[] readOrNull(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            return null;
        }
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
