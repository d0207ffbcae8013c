package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.Zstd;
import dca.cli.run.ExitCode;
import dca.deck.DeckJson;
import dca.share.AnkiPackages;
import dca.share.ShareFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anki packages in, decks listed with where they came from, removed, and Anki packages out that update in place. */
class AnkiSharingCommandsTest {
    @TempDir
    Path home;

    Path temp;
    Path dataDir;

    @BeforeEach
    void setUp() throws Exception {
        temp = Files.createDirectories(home.resolve("tmp"));
        dataDir = home.resolve(".local/share/dca");
        Files.createDirectories(home.resolve("no-notes"));
    }

    /** A user with the bundled notes (the curriculum), as a new user has. */
    private CliHarness dca() {
        return new CliHarness(home).env("DCA_NOW", "2026-12-01T09:00:00Z").env("TMPDIR", temp.toString());
    }

    private List<Path> files(Path dir) throws Exception {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void anAnkiPackageImportsNextToTheNotesAndSaysWhatItDropped() throws Exception {
        Files.write(home.resolve("group.apkg"), AnkiPackages.apkg(AnkiPackages.Shape.ANKI21B, AnkiPackages.standard(),
                Files.createDirectories(home.resolve("work"))));
        CliHarness.Result in = dca().run("import", "group.apkg");
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("read group.apkg as Anki package: 2 decks"), in.out());
        // DCA::Networking would take the domain: it keeps its parent deck as prefix
        assertTrue(in.out().contains("imported dca/networking (Networking): 7 cards, 7 added"), in.out());
        assertTrue(in.out().contains("imported docker-group/chapter-7 (Images): 1 cards"), in.out());
        assertTrue(in.out().contains("1 note of note type \"Vocab\": first field as the question, the other fields as the answer"), in.out());
        assertTrue(in.out().contains("2 image, sound or video references dropped"), in.out());
        assertEquals(List.of(), files(temp), "the unpacked collection is gone");

        CliHarness.Result decks = dca().run("decks");
        assertEquals(0, decks.code(), decks.err());
        assertTrue(decks.out().contains("imported from group.apkg on 2026-12-01"), decks.out());
        assertTrue(decks.out().contains("19 decks (2 imported)"), decks.out());

        CliHarness.Result quiz = dca().runWithInput("\n3\nq\n", "quiz", "dca/networking", "--plain", "--new", "1");
        assertEquals(0, quiz.code(), quiz.err());
        assertTrue(quiz.out().contains("What does docker network ls list?"), quiz.out());
    }

    @Test
    void importedDecksNeverTakeAChapterADomainOrAll() throws Exception {
        List<String> names = List.of("networking", "7", "ch7", "chapter-7", "images", "all");
        Map<String, String> before = new LinkedHashMap<>();
        for (String n : names) before.put(n, dca().run("export", n, "--format", "quizlet").out());
        Files.write(home.resolve("group.apkg"), AnkiPackages.apkg(AnkiPackages.Shape.ANKI2, AnkiPackages.standard(),
                Files.createDirectories(home.resolve("work"))));
        assertEquals(0, dca().run("import", "group.apkg").code());
        Files.writeString(home.resolve("x.json"), DeckJson.write(List.of(ShareFixtures.chapter7())));
        assertEquals(0, dca().run("import", "x.json").code());
        for (String n : names) assertEquals(before.get(n), dca().run("export", n, "--format", "quizlet").out(), n + " is unchanged");
        assertTrue(dca().run("decks").out().contains("x/chapter-7"));
    }

    @Test
    void removeDeletesAnImportedDeckAndKeepsItsProgress() throws Exception {
        Files.writeString(home.resolve("alice.json"), DeckJson.write(List.of(ShareFixtures.chapter5())));
        assertEquals(0, dca().run("import", "alice.json").code());
        CliHarness.Result quiz = dca().runWithInput("\n3\nq\n", "quiz", "alice/chapter-5", "--plain", "--new", "1");
        assertEquals(0, quiz.code(), quiz.err());
        String progress = Files.readString(dataDir.resolve("progress.json"));

        CliHarness.Result notes = dca().run("remove", "chapter-5");
        assertEquals(ExitCode.USAGE, notes.code());
        assertTrue(notes.err().contains("chapter-5 is a deck of your notes, not an imported one"), notes.err());
        CliHarness.Result unknown = dca().run("remove", "alice/chapter-6");
        assertEquals(ExitCode.USAGE, unknown.code());
        assertTrue(unknown.err().contains("no imported deck named alice/chapter-6") && unknown.err().contains("alice/chapter-5"), unknown.err());

        CliHarness.Result rm = dca().run("remove", "alice/chapter-5");
        assertEquals(0, rm.code(), rm.err());
        assertEquals("removed alice/chapter-5 (imported from alice.json on 2026-12-01); your progress on its cards is kept\n", rm.out());
        assertFalse(Files.exists(dataDir.resolve("decks/alice")));
        assertFalse(dca().run("decks").out().contains("alice/chapter-5"));
        assertEquals(ExitCode.USAGE, dca().run("quiz", "alice/chapter-5", "--plain").code());
        assertTrue(ShareFixtures.chapter5().cards().stream().anyMatch(c -> progress.contains("\"" + c.id().value() + "\"")), progress);
        assertEquals(progress, Files.readString(dataDir.resolve("progress.json")), "the progress file is not touched");
    }

    @Test
    void anOutputNameThatDoesNotSayTheFormatIsRefused() throws Exception {
        CliHarness.Result txt = dca().run("export", "chapter-5", "-o", "deck.txt");
        assertEquals(ExitCode.USAGE, txt.code());
        assertTrue(txt.err().contains("cannot tell the format from the name deck.txt (Anki text or Quizlet?)"), txt.err());
        assertTrue(txt.err().contains("--format"), txt.err());
        assertFalse(Files.exists(home.resolve("deck.txt")));
        assertEquals(0, dca().run("export", "chapter-5", "-o", "deck.txt", "--format", "quizlet").code());
        assertEquals(0, dca().run("export", "chapter-5", "-o", "deck.apkg").code());
        assertEquals('P', Files.readAllBytes(home.resolve("deck.apkg"))[0]);
    }

    /** guid → mod of every note in an exported package */
    private Map<String, Long> mods(Path apkg) throws Exception {
        Path db = home.resolve("work-" + apkg.getFileName() + ".anki2");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(apkg))) {
            while (!zip.getNextEntry().getName().equals("collection.anki2")) {
                // skip to the collection
            }
            Files.write(db, zip.readAllBytes());
        }
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT guid, mod FROM notes")) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }

    @Test
    void aSecondExportOfUnchangedNotesKeepsEveryNotesMod() throws Exception {
        assertEquals(0, dca().run("export", "5", "7", "-o", "one.apkg").code());
        CliHarness later = new CliHarness(home).env("DCA_NOW", "2026-12-20T09:00:00Z");
        assertEquals(0, later.run("export", "5", "7", "-o", "two.apkg").code());
        Map<String, Long> one = mods(home.resolve("one.apkg"));
        assertTrue(one.size() > 100, one.size() + " notes");
        assertEquals(one, mods(home.resolve("two.apkg")));
        assertTrue(Files.isRegularFile(dataDir.resolve("anki-export.json")));
    }

    @Test
    void hostilePackagesAreRefusedWithOneLineAndLeaveNothingBehind() throws Exception {
        Path work = Files.createDirectories(home.resolve("work"));
        byte[] col = AnkiPackages.legacy(AnkiPackages.standard(), work.resolve("c.anki2"), 11);
        byte[] zeros = new byte[20 << 20];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, zeros, 0, 16);
        byte[] damaged = Arrays.copyOf(col, col.length);
        for (int i = 4096; i < Math.min(damaged.length, 4096 * 3); i++) damaged[i] = (byte) (i * 31);
        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put("collection.anki2", col);
        for (int i = 0; i <= 20_000; i++) many.put(Integer.toString(i), new byte[0]);
        Path notAnki = work.resolve("foo.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + notAnki)) {
            AnkiPackages.exec(c, "CREATE TABLE foo (x)");
        }
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("zip-slip.apkg", AnkiPackages.zip(Map.of("collection.anki2", col, "../../.profile", new byte[1])));
        cases.put("many-entries.apkg", AnkiPackages.zip(many));
        cases.put("inflates.apkg", AnkiPackages.zip(Map.of("collection.anki2", zeros)));
        cases.put("zstd-bomb.apkg", AnkiPackages.zip(Map.of("collection.anki21b", Zstd.compress(new byte[200 << 20], 19))));
        cases.put("not-sqlite.apkg", AnkiPackages.zip(Map.of("collection.anki2", "not a database".getBytes(StandardCharsets.UTF_8))));
        cases.put("damaged.apkg", AnkiPackages.zip(Map.of("collection.anki2", damaged)));
        cases.put("not-anki.apkg", AnkiPackages.zip(Map.of("collection.anki2", Files.readAllBytes(notAnki))));
        cases.put("not-zstd.apkg", AnkiPackages.zip(Map.of("collection.anki21b", "garbage".getBytes(StandardCharsets.UTF_8))));
        byte[] good = AnkiPackages.zip(Map.of("collection.anki2", col));
        cases.put("truncated.apkg", Arrays.copyOf(good, good.length / 2));
        cases.put("no-collection.apkg", AnkiPackages.zip(Map.of("readme.txt", new byte[3])));
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            Files.write(home.resolve(c.getKey()), c.getValue());
            refused(c.getKey());
        }
        refused(hundredMegabytes(work));
    }

    private void refused(String file) throws Exception {
        CliHarness.Result r = dca().run("import", file);
        assertEquals(ExitCode.BAD_IMPORT, r.code(), file + ": " + r.out() + r.err());
        String[] lines = r.err().split("\n");
        assertEquals(2, lines.length, file + ": " + r.err());
        assertTrue(lines[0].startsWith("dca: ") && !r.err().contains("\tat "), r.err());
        assertEquals("", r.out(), file);
        assertEquals(List.of(), files(dataDir), file + ": nothing stored");
        assertEquals(List.of(), files(temp), file + ": nothing left in the temporary directory");
    }

    private String hundredMegabytes(Path work) throws Exception {
        return AnkiPackages.hundredMegabyteCollection(work, home.resolve("hundred-mb.apkg")).getFileName().toString();
    }
}
