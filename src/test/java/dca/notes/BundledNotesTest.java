package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dca.deck.Deck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled curriculum is found both in target/classes and inside the shaded jar. */
class BundledNotesTest {
    private static final String ENGINE = "# The Docker Engine\n\n- **runc**: creates the container process\n";
    private static final String SWARM = "# Swarm\n\n- **Manager**: keeps the Raft log\n";

    @TempDir
    Path tmp;

    @Test
    void readsNotesFromAClassesDirectory() throws Exception {
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes.resolve("dca/notes"));
        Files.writeString(classes.resolve("dca/notes/10-swarm.md"), SWARM);
        Files.writeString(classes.resolve("dca/notes/05-the-docker-engine.md"), ENGINE);
        Files.writeString(classes.resolve("dca/notes/readme.txt"), "not notes");
        assertNames(BundledNotes.parseAll(classes, name -> true));
    }

    @Test
    void readsNotesFromAJar() throws Exception {
        Path jar = tmp.resolve("dca-all.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "dca/cli/Main.class", "");
            entry(zip, "dca/notes/10-swarm.md", SWARM);
            entry(zip, "dca/notes/05-the-docker-engine.md", ENGINE);
        }
        assertNames(BundledNotes.parseAll(jar, name -> true));
    }

    @Test
    void theCompiledCurriculumIsWhatParsingItGives() throws Exception {
        List<ParsedNotes> compiled = BundledNotes.parseAll();
        Path classes = Path.of(BundledNotes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertEquals(true, Files.isRegularFile(classes.resolve(CompiledNotes.INDEX)), "the build compiled the bundled notes");
        List<String> names = BundledNotes.names(classes.resolve(BundledNotes.DIR));
        assertEquals(names.size(), compiled.size());
        for (int i = 0; i < names.size(); i++) {
            byte[] md = Files.readAllBytes(classes.resolve(BundledNotes.DIR).resolve(names.get(i)));
            assertEquals(NotesLoader.parse(md, "notes/" + names.get(i)), compiled.get(i), names.get(i));
        }
    }

    @Test
    void noBundledNotesIsNoDecks() throws Exception {
        assertEquals(List.of(), BundledNotes.parseAll(tmp, name -> true));
        assertEquals(List.of(), BundledNotes.parseAll((Path) null, name -> true));
    }

    private static void assertNames(List<ParsedNotes> parsed) {
        assertEquals(List.of("notes/05-the-docker-engine.md", "notes/10-swarm.md"), parsed.stream().map(ParsedNotes::file).toList());
        assertEquals(List.of("chapter-5", "chapter-10"),
                parsed.stream().flatMap(p -> p.decks().stream()).map(Deck::name).toList());
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
