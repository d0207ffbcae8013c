package dca.notes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Parsed notes kept between runs ({@code ${XDG_CACHE_HOME:-~/.cache}/dca/}): parsing a chapter costs
 * as much as starting the JVM, and notes change far less often than dca starts. One entry per set of
 * files read together (a chapter's file for {@code quiz chapter-5}, the whole folder for
 * {@code stats}), since deck names, answer keys and card ids depend on every file of the set.
 * <p>
 * An entry is used only when it was written by this parser version (a hash of the parser's classes
 * and of the Markdown library, made by the build: {@link #PARSER_VERSION}) for exactly these files
 * with exactly this content (each file's length and two checksums of its bytes, so an edit is seen
 * whatever the file's time says); any other entry, a damaged one included, is ignored and replaced.
 * Without a parser version (classes not built by Maven) nothing is cached.
 */
public final class NotesCache {
    /** Written by the build ({@link CompiledNotes}); changes whenever a class that parses notes does. */
    static final String PARSER_VERSION = "/dca/notes/parser.version";

    private final Path dir;
    private final String parserVersion;

    NotesCache(Path dir, String parserVersion) {
        this.dir = dir;
        this.parserVersion = parserVersion;
    }

    /** A cache in {@code dir}; off when this build has no parser version. */
    public static NotesCache in(Path dir) {
        return new NotesCache(dir, parserVersion());
    }

    public static NotesCache off() {
        return new NotesCache(null, null);
    }

    boolean on() {
        return dir != null && parserVersion != null;
    }

    /** As {@link NotesLoader#parseAll(Path, Path, Predicate)}, from the cache when the notes did not change. */
    public List<ParsedNotes> parseAll(Path path, Path base, Predicate<Path> include) throws IOException, NotesException {
        if (!on() || !Files.exists(path)) return NotesLoader.parseAll(path, base, include);
        Path root = path.toAbsolutePath().normalize();
        return cached("all\n" + root + "\n" + base, () -> {
            List<Path> files = new ArrayList<>();
            NotesFolder.Scan scan = NotesFolder.scan(root);
            for (Path f : scan.files()) if (include.test(f)) files.add(f);
            for (NotesFolder.Skipped s : scan.skipped()) if (include.test(s.path())) files.add(s.path());
            return files;
        }, () -> NotesLoader.parseAll(path, base, include));
    }

    /** As {@link NotesLoader#parse(Path, Path, Path)}: one file of the notes folder {@code root}, read on its own. */
    public ParsedNotes parse(Path file, Path base, Path root) throws IOException, NotesException {
        if (!on() || !Files.isRegularFile(file)) return NotesLoader.parse(file, base, root);
        String head = "one\n" + base + "\n" + root.toAbsolutePath().normalize();
        return cached(head, () -> List.of(file), () -> List.of(NotesLoader.parse(file, base, root))).get(0);
    }

    private interface Loader {
        List<ParsedNotes> load() throws IOException, NotesException;
    }

    private interface FileList {
        List<Path> list() throws IOException;
    }

    /**
     * The entry for these files when it was made from their content as it is now; else the notes
     * parsed, and kept when no file changed while they were parsed.
     */
    private List<ParsedNotes> cached(String head, FileList which, Loader parse) throws IOException, NotesException {
        StringBuilder names = new StringBuilder(head).append('\n');
        List<Path> files = which.list();
        for (Path f : files) names.append(f.toAbsolutePath().normalize()).append('\n');
        Path entry = dir.resolve("notes-" + hash(names.toString()) + ".bin");
        String key = names + content(files);
        List<ParsedNotes> hit = CacheEntry.open(readOrNull(entry), parserVersion, key);
        if (hit != null) return hit;
        List<ParsedNotes> parsed = parse.load();
        if (key.equals(names + content(files))) store(entry, CacheEntry.seal(parserVersion, key, parsed));
        return parsed;
    }

    /** What the files hold now, in a line each (a file that went missing or is a directory too). */
    private static String content(List<Path> files) {
        StringBuilder b = new StringBuilder();
        for (Path f : files) {
            try {
                b.append(Files.isRegularFile(f) ? fingerprint(Files.readAllBytes(f)) : "-");
            } catch (IOException | RuntimeException e) {
                b.append("unreadable ").append(e.getClass().getSimpleName());
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Written whole under a temporary name, then renamed: a reader sees the old entry or the new one. */
    private void store(Path entry, byte[] bytes) {
        Path tmp = entry.resolveSibling(entry.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.write(tmp, bytes);
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written (read-only home, full disk) only costs the next run a parse.
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | RuntimeException ignored) {
                // nothing more to do
            }
        }
    }

    private static byte[] readOrNull(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A file's content in a few bytes: its length and two different 32-bit checksums of it. */
    static String fingerprint(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes, 0, bytes.length);
        CRC32 d = new CRC32();
        d.update(bytes, 0, bytes.length);
        return bytes.length + ":" + Long.toHexString(c.getValue()) + ":" + Long.toHexString(d.getValue());
    }

    private static String hash(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        CRC32C c = new CRC32C();
        c.update(b, 0, b.length);
        CRC32 d = new CRC32();
        d.update(b, 0, b.length);
        return HexFormat.of().toHexDigits((int) c.getValue()) + HexFormat.of().toHexDigits((int) d.getValue());
    }

    private static volatile String current;

    /** This build's parser version, or null when the classes were not built by Maven (then nothing is cached). */
    static String parserVersion() {
        String v = current;
        if (v != null) return v.isEmpty() ? null : v;
        try (InputStream in = NotesCache.class.getResourceAsStream(PARSER_VERSION)) {
            v = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            v = "";
        }
        current = v;
        return v.isEmpty() ? null : v;
    }

    /** Keys of the decks compiled into the jar: the file's name and content. */
    static String bundledKey(String name, byte[] bytes) {
        return bundledKey(name, fingerprint(bytes));
    }

    static String bundledKey(String name, String fingerprint) {
        return "bundled\n" + name + "\n" + fingerprint;
    }

    static List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        for (String l : new String(bytes, StandardCharsets.UTF_8).split("\n")) if (!l.isBlank()) out.add(l.strip());
        return out;
    }
}
