package dca.notes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the build after compiling (Maven's process-classes phase), on {@code target/classes}:
 * <ol>
 * <li>writes the parser version ({@link NotesCache#PARSER_VERSION}): a SHA-256 of every class of
<<<<<<< HEAD
 *     {@code dca.notes}, {@code dca.deck}, {@code dca.io} and {@code dca.share} (which reads stored
 *     decks), of {@code dca/objectives.tsv} and of the commonmark and jackson-core jars, so any change
 *     to how notes become cards or stored decks are read invalidates every cache without anyone
 *     bumping a number;</li>
=======
 *     {@code dca.notes}, {@code dca.deck} and {@code dca.io}, of the data files the parser reads
 *     ({@code dca/objectives.tsv}, {@code dca/command-tasks.tsv}) and of
 *     the commonmark jars, so any change to how notes become cards invalidates every cache without
 *     anyone bumping a number;</li>
>>>>>>> recall
 * <li>compiles each bundled notes file ({@code dca/notes/*.md}) into {@code dca/notes/compiled/NAME.bin}
 *     and lists them with their fingerprints in {@code dca/notes/compiled/index}, so dca starts without
 *     parsing the curriculum (and without opening its own jar as a file system to list it).</li>
 * </ol>
 */
public final class CompiledNotes {
    static final String DIR = BundledNotes.DIR + "/compiled";
    static final String INDEX = DIR + "/index";

    static final List<String> PARSER_DATA = List.of("dca/objectives.tsv", "dca/command-tasks.tsv");

    private CompiledNotes() {}

    public static void main(String[] args) throws IOException, NotesException {
        if (args.length != 1) throw new IllegalArgumentException("usage: CompiledNotes CLASSES_DIR");
        Path classes = Path.of(args[0]).toAbsolutePath().normalize();
        String version = parserVersion(classes);
        Path versionFile = classes.resolve(NotesCache.PARSER_VERSION.substring(1));
        Files.createDirectories(versionFile.getParent());
        Files.writeString(versionFile, version + "\n", StandardCharsets.US_ASCII);

        Path notes = classes.resolve(BundledNotes.DIR);
        Path out = classes.resolve(DIR);
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        List<String> names = BundledNotes.names(notes);
        StringBuilder index = new StringBuilder();
        for (String name : names) {
            byte[] md = Files.readAllBytes(notes.resolve(name));
            ParsedNotes parsed = NotesLoader.parse(md, BundledNotes.sourceName(name));
            Files.write(out.resolve(name + ".bin"), CacheEntry.seal(version, NotesCache.bundledKey(name, md), List.of(parsed)));
            index.append(name).append('\t').append(NotesCache.fingerprint(md)).append('\n');
        }
        Files.writeString(classes.resolve(INDEX), index, StandardCharsets.UTF_8);
    }

    /** SHA-256 over the parser's classes (by path, in a fixed order) and the Markdown library's jars. */
    static String parserVersion(Path classes) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
        List<Path> inputs = new ArrayList<>();
        for (String pkg : List.of("dca/notes", "dca/deck", "dca/io", "dca/share")) {
            try (Stream<Path> s = Files.walk(classes.resolve(pkg))) {
                s.filter(p -> p.toString().endsWith(".class")).forEach(inputs::add);
            }
        }
        // The data files the rules read: a new command task changes cards as much as a new class.
        for (String data : PARSER_DATA) inputs.add(classes.resolve(data));
        inputs.sort(null);
        for (Path p : inputs) {
            sha.update(classes.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(p));
        }
        for (Class<?> c : List.of(org.commonmark.parser.Parser.class, org.commonmark.ext.gfm.tables.TablesExtension.class,
                org.commonmark.ext.task.list.items.TaskListItemsExtension.class,
                org.commonmark.ext.front.matter.YamlFrontMatterExtension.class,
                com.fasterxml.jackson.core.JsonParser.class)) { // stored decks are read with it
            sha.update(library(c));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The bytes of the jar a library class comes from (its name when it cannot be read). */
    private static byte[] library(Class<?> c) throws IOException {
        try {
            CodeSource cs = c.getProtectionDomain().getCodeSource();
            Path p = cs == null ? null : Path.of(cs.getLocation().toURI());
            if (p != null && Files.isRegularFile(p)) return Files.readAllBytes(p);
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // fall back to the class's own bytes
        }
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return in == null ? c.getName().getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
        }
    }
}
