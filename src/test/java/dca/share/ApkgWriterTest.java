package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.deck.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the package the way Anki's importer does and checks what it relies on. */
class ApkgWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** Unzips the package, checking it holds exactly collection.anki2 and media = {}. */
    private Connection open(byte[] apkg, String name) throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(apkg))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) entries.put(e.getName(), zip.readAllBytes());
        }
        assertEquals(List.of("collection.anki2", "media"), new ArrayList<>(entries.keySet()));
        assertEquals("{}", new String(entries.get("media"), java.nio.charset.StandardCharsets.UTF_8));
        Path db = tmp.resolve(name);
        Files.write(db, entries.get("collection.anki2"));
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    private static byte[] export(Clock clock, Deck... decks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApkgWriter.write(List.of(decks), out, clock);
        return out.toByteArray();
    }

    private static List<String> columns(Connection c, String table) throws Exception {
        List<String> cols = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) cols.add(rs.getString("name"));
        }
        return cols;
    }

    @Test
    void tablesHaveAnkisLegacyColumns() throws Exception {
        try (Connection c = open(export(CLOCK, ShareFixtures.chapter5()), "a.anki2")) {
            assertEquals(List.of("id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"),
                    columns(c, "col"));
            assertEquals(List.of("id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"),
                    columns(c, "notes"));
            assertEquals(List.of("id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps",
                    "lapses", "left", "odue", "odid", "flags", "data"), columns(c, "cards"));
            assertEquals(List.of("id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"), columns(c, "revlog"));
            assertEquals(List.of("usn", "oid", "type"), columns(c, "graves"));
        }
    }

    @Test
    void collectionJsonHasTheKeysAnkiRequires() throws Exception {
        try (Connection c = open(export(CLOCK, ShareFixtures.chapter5()), "b.anki2");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ver, conf, models, decks, dconf, tags FROM col")) {
            assertTrue(rs.next());
            assertEquals(11, rs.getInt("ver"));
            assertTrue(JSON.readTree(rs.getString("conf")).isObject());
            assertEquals("{}", rs.getString("tags"));
            JsonNode models = JSON.readTree(rs.getString("models"));
            assertEquals(2, models.size());
            for (JsonNode m : models) {
                for (String k : List.of("id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css", "req")) {
                    assertTrue(m.has(k), "model lacks " + k);
                }
                for (JsonNode f : m.get("flds")) {
                    for (String k : List.of("name", "ord", "sticky", "rtl", "font", "size")) assertTrue(f.has(k), "field lacks " + k);
                }
                for (JsonNode t : m.get("tmpls")) {
                    for (String k : List.of("name", "ord", "qfmt", "afmt")) assertTrue(t.has(k), "template lacks " + k);
                }
            }
            JsonNode decks = JSON.readTree(rs.getString("decks"));
            List<String> names = new ArrayList<>();
            for (JsonNode d : decks) {
                names.add(d.get("name").asText());
                for (String k : List.of("id", "name", "usn", "lrnToday", "revToday", "newToday", "timeToday", "collapsed", "dyn", "conf")) {
                    assertTrue(d.has(k), "deck lacks " + k);
                }
            }
            assertTrue(names.contains("DCA::Chapter 05 The Docker Engine"), names.toString());
            JsonNode dconf = JSON.readTree(rs.getString("dconf")).get("1");
            for (String k : List.of("id", "mod", "name", "usn", "maxTaken", "autoplay", "timer", "new", "rev", "lapse")) {
                assertTrue(dconf.has(k), "deck options lack " + k);
            }
            for (String k : List.of("delays", "initialFactor", "ints", "order", "perDay")) assertTrue(dconf.get("new").has(k), k);
            for (String k : List.of("ease4", "ivlFct", "maxIvl", "perDay")) assertTrue(dconf.get("rev").has(k), k);
            for (String k : List.of("delays", "leechAction", "leechFails", "minInt", "mult")) assertTrue(dconf.get("lapse").has(k), k);
        }
    }

    @Test
    void notesMatchTheirNoteTypeAndClozeSentencesGetOneCardPerDeletion() throws Exception {
        try (Connection c = open(export(CLOCK, ShareFixtures.chapter5()), "c.anki2"); Statement st = c.createStatement()) {
            Map<Long, Integer> fieldCount = new HashMap<>();
            Map<Long, Integer> modelType = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT models FROM col")) {
                for (JsonNode m : JSON.readTree(rs.getString(1))) {
                    fieldCount.put(m.get("id").asLong(), m.get("flds").size());
                    modelType.put(m.get("id").asLong(), m.get("type").asInt());
                }
            }
            int notes = 0;
            int clozeNotes = 0;
            try (ResultSet rs = st.executeQuery("SELECT n.id, n.mid, n.flds, n.tags, count(c.id) AS cards, group_concat(c.ord) AS ords"
                    + " FROM notes n JOIN cards c ON c.nid = n.id GROUP BY n.id")) {
                while (rs.next()) {
                    notes++;
                    long mid = rs.getLong("mid");
                    String[] fields = rs.getString("flds").split("\u001f", -1);
                    assertEquals(fieldCount.get(mid), fields.length, rs.getString("flds"));
                    assertTrue(rs.getString("tags").contains(" chapter-05 "), rs.getString("tags"));
                    if (modelType.get(mid) == 1) {
                        clozeNotes++;
                        assertEquals(2, rs.getInt("cards"));
                        assertTrue(fields[0].contains("{{c1::/var/run/docker.sock}}"), fields[0]);
                        assertTrue(fields[0].contains("{{c2::containerd}}"), fields[0]);
                    } else {
                        assertEquals(1, rs.getInt("cards"));
                        assertEquals("0", rs.getString("ords"));
                    }
                }
            }
            assertEquals(5, notes); // six cards, two of them one cloze sentence
            assertEquals(1, clozeNotes);
            try (ResultSet rs = st.executeQuery("SELECT flds FROM notes WHERE guid = 'dca:runc-term'")) {
                assertTrue(rs.next());
                String back = rs.getString(1).split("\u001f")[1];
                assertTrue(back.contains("creates &amp; starts containers &lt;fast&gt;"), back);
            }
            try (ResultSet rs = st.executeQuery("SELECT flds FROM notes WHERE guid = 'dca:" + CardId.of(Kind.BASIC, "Which flag sets the log driver?").value() + "'")) {
                assertTrue(rs.next());
                assertEquals("<code>--log-driver</code><br>per container, or in daemon.json", rs.getString(1).split("\u001f")[1]);
            }
            try (ResultSet rs = st.executeQuery("SELECT flds, tags FROM notes WHERE guid = 'dca:swarm-quorum-five'")) {
                assertTrue(rs.next());
                String[] f = rs.getString(1).split("\u001f");
                // options in the export order, not the author's (whose first option is often the right one)
                dca.deck.ChoiceCard q = (dca.deck.ChoiceCard) ShareFixtures.chapter5().cards().get(5);
                List<dca.deck.Option> order = dca.deck.OptionOrder.forExport(q);
                StringBuilder ol = new StringBuilder("<ol class=\"dca-options\" type=\"A\">");
                for (dca.deck.Option o : order) ol.append("<li>").append(o.text()).append("</li>");
                assertTrue(f[0].startsWith("A swarm has five managers") && f[0].contains(ol + "</ol>"), f[0]);
                int right = order.indexOf(new dca.deck.Option("2", true));
                assertTrue(f[1].contains(AnkiNotes.letter(right) + ". 2") && f[1].contains("Raft needs a majority"), f[1]);
                assertEquals(1, f[1].split("href=", -1).length - 1, "the link is shown once: " + f[1]);
                assertEquals("Components", f[2]); // the context, in its own field
                assertEquals("swarm-quorum-five", f[3]);
                assertTrue(rs.getString(2).contains(" o1.3 ") && rs.getString(2).contains(" orchestration "), rs.getString(2));
            }
        }
    }

    @Test
    void guidsAndIdsAreStableAcrossExportsAndNotInTheFuture() throws Exception {
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(30));
        Map<String, List<Long>> first = ids(open(export(CLOCK, ShareFixtures.chapter5(), ShareFixtures.chapter7()), "d.anki2"));
        Map<String, List<Long>> second = ids(open(export(later, ShareFixtures.chapter5(), ShareFixtures.chapter7()), "e.anki2"));
        assertEquals(first, second);
        assertEquals(7, first.size());
        long now = Instant.parse("2026-12-01T09:00:00Z").toEpochMilli();
        for (List<Long> ids : first.values()) {
            for (long id : ids) assertTrue(id > 1_000_000_000_000L && id < now, "id " + id);
        }
    }

    /** guid → [note id, card ids…, deck id] */
    private static Map<String, List<Long>> ids(Connection c) throws Exception {
        Map<String, List<Long>> out = new TreeMap<>();
        try (c; Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT n.guid, n.id, c.id, c.did FROM notes n JOIN cards c ON c.nid = n.id ORDER BY c.id")) {
            while (rs.next()) {
                List<Long> l = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(List.of(0L)));
                l.set(0, rs.getLong(2));
                l.add(rs.getLong(3));
                l.add(rs.getLong(4));
            }
        }
        return out;
    }

    @Test
    void modIsTheExportTimeSoAnkiTakesTheNewerNote() throws Exception {
        try (Connection c = open(export(CLOCK, ShareFixtures.chapter5()), "f.anki2"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT mod FROM notes")) {
            assertTrue(rs.next());
            assertEquals(CLOCK.millis() / 1000, rs.getLong(1));
            assertFalse(rs.next());
        }
    }
}
