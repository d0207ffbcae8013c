package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.Zstd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages made to hurt: each is refused with one line naming what is wrong, and leaves nothing
 * in the temporary directory. The command-line side (exit 4, nothing stored) is in HostileImportTest.
 */
class ApkgHostileTest {
    @TempDir
    Path tmp;

    private Path temp() throws Exception {
        return Files.createDirectories(tmp.resolve("temp"));
    }

    private ImportException refused(Path file, ApkgLimits limits, String... words) throws Exception {
        ImportException e = assertThrows(ImportException.class,
                () -> ApkgReader.read(file, file.getFileName().toString(), temp(), limits));
        assertFalse(e.getMessage().contains("\n") || e.hint().contains("\n"), e.getMessage());
        assertFalse(e.hint().isBlank(), "a hint says what to do");
        for (String w : words) assertTrue(e.getMessage().contains(w), "missing \"" + w + "\" in: " + e.getMessage());
        try (Stream<Path> left = Files.list(temp())) {
            assertEquals(List.of(), left.toList(), "nothing left in the temporary directory");
        }
        return e;
    }

    private ImportException refused(byte[] pkg, String... words) throws Exception {
        return refused(write(pkg), ApkgLimits.DEFAULT, words);
    }

    private Path write(byte[] pkg) throws Exception {
        Path file = tmp.resolve("hostile.apkg");
        Files.write(file, pkg);
        return file;
    }

    private byte[] validCollection() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        return AnkiPackages.legacy(AnkiPackages.standard(), Files.createTempFile(work, "c", ".anki2"), 11);
    }

    private static Map<String, byte[]> entries(Object... nameThenBytes) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) m.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        return m;
    }

    @Test
    void pathsThatLeaveTheDirectoryAreRefused() throws Exception {
        byte[] col = validCollection();
        refused(AnkiPackages.zip(entries("collection.anki2", col, "../../.bashrc", new byte[1])), "not a safe Anki package", "../../.bashrc");
        refused(AnkiPackages.zip(entries("/etc/passwd", new byte[1], "collection.anki2", col)), "/etc/passwd");
        refused(AnkiPackages.zip(entries("collection.anki2", col, "media\\..\\x", new byte[1])), "not a safe Anki package");
        assertTrue(ApkgArchive.safeName("0") && ApkgArchive.safeName("collection.anki21b") && ApkgArchive.safeName("dir/file.png"));
        assertFalse(ApkgArchive.safeName("a/../../b") || ApkgArchive.safeName("C:evil") || ApkgArchive.safeName("x\u0000y"));
    }

    @Test
    void tooManyEntriesIsAZipBomb() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        many.put("collection.anki2", validCollection());
        for (int i = 0; i <= ApkgLimits.DEFAULT.maxEntries(); i++) many.put(Integer.toString(i), new byte[0]);
        refused(AnkiPackages.zip(many), "zip bomb", "20002 entries");
    }

    @Test
    void filesAddingUpToTooMuchAreAZipBomb() throws Exception {
        ApkgLimits small = new ApkgLimits(1L << 30, 100, 1L << 20, 64L << 20, 100, 1000, 1000);
        Path file = write(AnkiPackages.zip(entries("collection.anki2", validCollection(),
                "0", new byte[600_000], "1", new byte[600_000])));
        refused(file, small, "zip bomb", "add up to over 1 MB");
    }

    @Test
    void aCollectionThatInflatesTooFarIsAZipBomb() throws Exception {
        byte[] zeros = new byte[20 << 20];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, zeros, 0, 16);
        byte[] pkg = AnkiPackages.zip(entries("collection.anki2", zeros));
        assertTrue(pkg.length < 100_000, "20 MB of zeros deflate to " + pkg.length + " bytes");
        refused(pkg, "zip bomb", "inflates more than 100 times");
        // the same as zstd inside the zip (Anki 2.1.50+): 200 MB from a few kilobytes
        refused(AnkiPackages.zip(entries("collection.anki21b", Zstd.compress(new byte[200 << 20], 19))), "zip bomb");
    }

    @Test
    void aHundredMegabyteSqliteIsRefused() throws Exception {
        Path pkg = AnkiPackages.hundredMegabyteCollection(Files.createDirectories(tmp.resolve("work")), tmp.resolve("big.apkg"));
        assertTrue(Files.size(pkg) > 100L << 20);
        refused(pkg, ApkgLimits.DEFAULT, "its collection is over 64 MB");
    }

    @Test
    void aCollectionThatIsNotSqliteOrIsDamagedIsRefused() throws Exception {
        refused(AnkiPackages.zip(entries("collection.anki2", "hello, not a database".getBytes(StandardCharsets.UTF_8))),
                "not an SQLite database");
        refused(AnkiPackages.zip(entries("collection.anki21b", "not zstd at all".getBytes(StandardCharsets.UTF_8))),
                "not valid zstd data");
        byte[] col = validCollection();
        byte[] damaged = Arrays.copyOf(col, col.length);
        for (int i = 4096; i < Math.min(damaged.length, 4096 * 3); i++) damaged[i] = (byte) (i * 31);
        refused(AnkiPackages.zip(entries("collection.anki2", damaged)), "hostile.apkg");
        refused(AnkiPackages.zip(entries("collection.anki2", Arrays.copyOf(col, col.length / 2))), "hostile.apkg");
    }

    @Test
    void sqlThatIsNotAnkisSchemaIsRefused() throws Exception {
        refused(AnkiPackages.zip(entries("collection.anki2", sqlite("CREATE TABLE foo (x)"))), "not an Anki collection", "no table");
        // a view where Anki has a table, so that selecting from it could run anything
        String viewNotes = AnkiPackages.SCHEMA11.replace("CREATE TABLE notes", "CREATE TABLE real_notes").replace("on notes", "on real_notes")
                + "; CREATE VIEW notes AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x AS id, '' AS guid,"
                + " 0 AS mid, '' AS flds, '' AS tags FROM r";
        refused(AnkiPackages.zip(entries("collection.anki2", sqlite(viewNotes))), "no table notes");
        String noColumn = AnkiPackages.SCHEMA11.replace("flds text not null,", "");
        refused(AnkiPackages.zip(entries("collection.anki2", sqlite(noColumn))), "table notes has no column flds");
        refused(AnkiPackages.zip(entries("collection.anki2", sqlite(AnkiPackages.SCHEMA11))), "col table is empty");
        String badJson = AnkiPackages.SCHEMA11 + "; INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', 'not json', '{}', '{}', '{}')";
        refused(AnkiPackages.zip(entries("collection.anki2", sqlite(badJson))), "note types are not valid JSON");
    }

    @Test
    void aZipWithoutACollectionOrATruncatedZipIsRefused() throws Exception {
        refused(AnkiPackages.zip(entries("readme.txt", "hi".getBytes(StandardCharsets.UTF_8))), "not an Anki package");
        byte[] pkg = AnkiPackages.zip(entries("collection.anki2", validCollection()));
        refused(Arrays.copyOf(pkg, pkg.length / 2), "not a readable Anki package");
    }

    @Test
    void tooManyNotesAreRefused() throws Exception {
        String many = AnkiPackages.SCHEMA11
                + "; INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', '{\"1\":{\"id\":1,\"name\":\"Basic\",\"flds\":[],\"tmpls\":[]}}', '{}', '{}', '{}')"
                + "; WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 1001)"
                + " INSERT INTO notes SELECT x, 'g' || x, 1, 0, 0, '', 'a' || char(31) || 'b', '', 0, 0, '' FROM r";
        ApkgLimits small = new ApkgLimits(1L << 30, 100, 1L << 30, 64L << 20, 100, 1000, 1000);
        refused(write(AnkiPackages.zip(entries("collection.anki2", sqlite(many)))), small, "holds 1001 notes; dca imports up to 1000");
    }

    private byte[] sqlite(String script) throws Exception {
        Path db = Files.createTempFile(Files.createDirectories(tmp.resolve("work")), "s", ".db");
        Files.delete(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            AnkiPackages.exec(c, script);
        }
        return Files.readAllBytes(db);
    }
}
