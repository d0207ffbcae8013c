package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files from src/test/resources/share/hostile: each refused (exit 4, nothing written) or defused. */
class HostileImportTest {
    @TempDir
    Path home;

    Path dataDecks;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(home.resolve("no-notes"));
        dataDecks = home.resolve(".local/share/dca/decks");
    }

    private Path fixture(String name) throws IOException, URISyntaxException {
        Path src = Path.of(getClass().getResource("/share/hostile/" + name).toURI());
        Path dst = home.resolve(name);
        Files.copy(src, dst);
        return dst;
    }

    private CliHarness harness() {
        return new CliHarness(home).env("DCA_NOTES", home.resolve("no-notes").toString());
    }

    private CliHarness.Result importing(String file) {
        return harness().run("import", file);
    }

    /** Every file under the home except the fixture copies: an import that failed must leave none. */
    /** Files the import wrote below home (the fixtures sit in home itself; parsed notes are cached apart). */
    private List<Path> written() throws IOException {
        Path cache = home.resolve(".cache");
        try (Stream<Path> s = Files.walk(home)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getParent().equals(home) && !p.startsWith(cache)).toList();
        }
    }

    private void assertRefused(CliHarness.Result r, String... words) throws IOException {
        assertEquals(ExitCode.BAD_IMPORT, r.code(), r.out() + r.err());
        String[] lines = r.err().split("\n");
        assertEquals(2, lines.length, r.err());
        assertTrue(lines[0].startsWith("dca: "), r.err());
        for (String w : words) assertTrue(r.err().contains(w), "missing \"" + w + "\" in " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals(List.of(), written());
    }

    @Test
    void truncatedJsonNamesLineAndColumn() throws Exception {
        fixture("truncated.json");
        assertRefused(importing("truncated.json"), "truncated.json: line 16, column", "not valid JSON");
    }

    @Test
    void wrongVersionIsRefused() throws Exception {
        fixture("wrong-version.json");
        assertRefused(importing("wrong-version.json"), "version 99 is not supported");
    }

    @Test
    void invalidCardIdIsRefused() throws Exception {
        fixture("bad-card-id.json");
        assertRefused(importing("bad-card-id.json"), "invalid card id");
    }

    @Test
    void duplicateCardIdsAreRefused() throws Exception {
        fixture("duplicate-ids.json");
        assertRefused(importing("duplicate-ids.json"), "card id same appears twice");
    }

    @Test
    void fiftyMegabytesIsRefusedBeforeReading() throws Exception {
        Path big = home.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            out.write('{');
            for (int i = 0; i < 50; i++) out.write(chunk);
            out.write('}');
        }
        assertRefused(importing("big.json"), "big.json is 50.0 MB", "up to 10 MB");
    }

    @Test
    void brokenPackagesAndBinaryFilesAreRefusedWithAWayForward() throws Exception {
        Files.write(home.resolve("deck.apkg"), new byte[] {'P', 'K', 3, 4, 0});
        assertRefused(importing("deck.apkg"), "deck.apkg is not a readable Anki package", "export the deck from Anki again");
        Files.write(home.resolve("latin1.md"), new byte[] {'Q', ':', ' ', (byte) 0xe9, '\n'});
        assertRefused(importing("latin1.md"), "latin1.md is not UTF-8");
        assertRefused(importing("missing.json"), "no such file");
    }

    @Test
    void escapeSequencesNeverReachTheTerminalOrTheStore() throws Exception {
        fixture("ansi-prompts.json");
        CliHarness.Result r = importing("ansi-prompts.json");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("\u001b") || r.err().contains("\u001b"), r.out());
        assertTrue(r.out().contains("imported escapes (Escapes): 2 cards"), r.out());
        assertTrue(r.out().contains("removed control characters or escape sequences from 6 text fields"), r.out());
        String stored = Files.readString(dataDecks.resolve("escapes.json"));
        assertFalse(stored.contains("\\u001B") || stored.contains("\\u001b") || stored.contains("\\u0007")
                || stored.contains("\\u0000") || stored.contains("\u009b"), stored);
        assertTrue(stored.contains("\"Which driver spans hosts?\""), stored);
        // and a stored file someone planted by hand is cleaned when it is read
        String raw = Files.readString(home.resolve("ansi-prompts.json"));
        Files.writeString(dataDecks.resolve("planted.json"), raw.replace("\"name\": \"escapes\"", "\"name\": \"planted\""));
        CliHarness.Result shown = harness().run("export", "planted", "--format", "quizlet");
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().startsWith("Which driver spans hosts?\toverlay"), shown.out());
        assertFalse(shown.out().contains("\u001b"), shown.out());
    }

    @Test
    void pathLikeDeckNamesBecomeSlugsInsideTheDecksDirectory() throws Exception {
        fixture("dotdot-name.json");
        CliHarness.Result r = importing("dotdot-name.json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("the file calls it \"../../etc\"; stored as etc"), r.out());
        // the deck, and the index of where imported decks came from
        assertEquals(java.util.Set.of(dataDecks.resolve("etc.json"), dataDecks.resolve(".imports.json")), java.util.Set.copyOf(written()));
        CliHarness.Result bad = harness().run("import", "dotdot-name.json", "--as", "../..");
        assertEquals(ExitCode.BAD_IMPORT, bad.code());
        assertTrue(bad.err().contains("has no letters or digits"), bad.err());
    }
}
