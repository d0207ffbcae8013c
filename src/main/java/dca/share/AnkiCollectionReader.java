package dca.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.sqlite.Collation;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Reads an Anki collection database that came from someone else: opened read-only and immutable
 * (SQLite writes nothing beside it), checked to be intact and to have Anki's tables and columns
 * before anything is selected, and every query bounded in time. Reads the legacy schema (note types
 * and decks as JSON in {@code col}, Anki up to 2.1.49 and the {@code .anki2}/{@code .anki21}
 * files of every version) and the newer one ({@code notetypes}, {@code fields}, {@code templates},
 * {@code decks} tables, in {@code .anki21b}).
 */
final class AnkiCollectionReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** A generous bound on the work of one import's queries; a hostile schema must not hang dca. */
    private static final long TIME_LIMIT_NANOS = 30_000_000_000L;
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "col", List.of("ver", "models", "decks"),
            "notes", List.of("id", "guid", "mid", "flds", "tags"),
            "cards", List.of("nid", "did", "ord", "odid", "type", "due"));
    private static final Map<String, List<String>> REQUIRED_V18 = Map.of(
            "notetypes", List.of("id", "name", "config"),
            "fields", List.of("ntid", "ord", "name"),
            "templates", List.of("ntid", "ord", "name", "config"),
            "decks", List.of("id", "name"));

    private final String shown;
    private final ApkgLimits limits;

    private AnkiCollectionReader(String shown, ApkgLimits limits) {
        this.shown = shown;
        this.limits = limits;
    }

    /** @param shown the package's name as errors show it */
    static AnkiCollection read(Path db, String shown, ApkgLimits limits) throws ImportException {
        return new AnkiCollectionReader(shown, limits).read(db);
    }

    private AnkiCollection read(Path db) throws ImportException {
        checkMagic(db);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        Properties props = config.toProperties();
        String url = "jdbc:sqlite:" + db.toAbsolutePath().toUri() + "?immutable=1";
        long deadline = System.nanoTime() + TIME_LIMIT_NANOS;
        try (Connection c = DriverManager.getConnection(url, props)) {
            ProgressHandler.setHandler(c, 10_000, new ProgressHandler() {
                @Override
                protected int progress() {
                    return System.nanoTime() > deadline ? 1 : 0;
                }
            });
            // Anki's newer schema sorts names with its own case-insensitive collation; indexes need it to be checked.
            Collation.create(c, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA trusted_schema = OFF");
                st.execute("PRAGMA query_only = ON");
            }
            checkIntact(c);
            Map<String, String> tables = tables(c);
            checkColumns(c, tables, REQUIRED);
            long ver = version(c);
            boolean v18 = tables.containsKey("notetypes");
            Map<Long, AnkiCollection.NoteType> types;
            Map<Long, String> decks;
            if (v18) {
                checkColumns(c, tables, REQUIRED_V18);
                types = noteTypesV18(c);
                decks = decksV18(c);
            } else {
                JsonNode[] json = colJson(c);
                types = noteTypesJson(json[0]);
                decks = decksJson(json[1]);
            }
            if (types.isEmpty()) throw notAnki("it defines no note types (schema version " + ver + ")");
            return new AnkiCollection(types, decks, notes(c));
        } catch (SQLException e) {
            if (System.nanoTime() > deadline) {
                throw new ImportException(shown + ": reading its collection took too long", "do not import this file");
            }
            throw new ImportException(shown + ": its collection cannot be read: " + sqlMessage(e),
                    "the file is damaged or not from Anki; export the deck from Anki again");
        }
    }

    private void checkMagic(Path db) throws ImportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(db)) {
            head = in.readNBytes(MAGIC.length);
        } catch (IOException e) {
            throw new ImportException("cannot read " + shown + ": " + e.getMessage(), "check the file");
        }
        if (!Arrays.equals(head, MAGIC)) {
            throw new ImportException(shown + ": its collection is not an SQLite database", "export the deck from Anki again");
        }
    }

    private void checkIntact(Connection c) throws SQLException, ImportException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(1)")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new ImportException(shown + ": its collection is damaged (" + result + ")", "export the deck from Anki again");
            }
        }
    }

    /** Table name → the SQL that made it; only real tables (no views, no virtual tables). */
    private Map<String, String> tables(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                String sql = rs.getString(2) == null ? "" : rs.getString(2);
                if (!sql.regionMatches(true, 0, "CREATE VIRTUAL", 0, 14)) out.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), sql);
            }
        }
        return out;
    }

    private void checkColumns(Connection c, Map<String, String> tables, Map<String, List<String>> required)
            throws SQLException, ImportException {
        for (Map.Entry<String, List<String>> t : new java.util.TreeMap<>(required).entrySet()) {
            if (!tables.containsKey(t.getKey())) throw notAnki("it has no table " + t.getKey());
            Set<String> columns = new HashSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + t.getKey() + ")")) {
                while (rs.next()) columns.add(rs.getString("name").toLowerCase(java.util.Locale.ROOT));
            }
            for (String col : t.getValue()) {
                if (!columns.contains(col)) throw notAnki("its table " + t.getKey() + " has no column " + col);
            }
        }
    }

    private long version(Connection c) throws SQLException, ImportException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ver FROM col LIMIT 2")) {
            if (!rs.next()) throw notAnki("its col table is empty");
            long ver = rs.getLong(1);
            if (rs.next()) throw notAnki("its col table has more than one row");
            return ver;
        }
    }

    private JsonNode[] colJson(Connection c) throws SQLException, ImportException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT models, decks FROM col LIMIT 1")) {
            rs.next();
            return new JsonNode[] {json(rs.getString(1), "note types"), json(rs.getString(2), "decks")};
        }
    }

    private JsonNode json(String text, String what) throws ImportException {
        try {
            JsonNode n = JSON.readTree(text == null ? "" : text);
            if (n == null || !n.isObject()) throw notAnki("its " + what + " are not a JSON object");
            return n;
        } catch (IOException e) {
            throw notAnki("its " + what + " are not valid JSON");
        }
    }

    private Map<Long, AnkiCollection.NoteType> noteTypesJson(JsonNode models) {
        Map<Long, AnkiCollection.NoteType> out = new LinkedHashMap<>();
        for (JsonNode m : models) {
            if (!m.isObject()) continue;
            long id = m.path("id").asLong(0);
            List<String> fields = new ArrayList<>();
            List<JsonNode> flds = new ArrayList<>();
            m.path("flds").forEach(flds::add);
            flds.sort((a, b) -> Integer.compare(a.path("ord").asInt(0), b.path("ord").asInt(0)));
            for (JsonNode f : flds) fields.add(f.path("name").asText(""));
            List<AnkiCollection.Template> templates = new ArrayList<>();
            int i = 0;
            for (JsonNode t : m.path("tmpls")) {
                templates.add(new AnkiCollection.Template(t.path("ord").asInt(i), t.path("name").asText(""),
                        t.path("qfmt").asText(""), t.path("afmt").asText("")));
                i++;
            }
            out.put(id, new AnkiCollection.NoteType(id, m.path("name").asText(""), m.path("type").asInt(0) == 1, fields, templates));
        }
        return out;
    }

    private Map<Long, String> decksJson(JsonNode decks) {
        Map<Long, String> out = new HashMap<>();
        for (JsonNode d : decks) out.put(d.path("id").asLong(0), d.path("name").asText(""));
        return out;
    }

    private Map<Long, AnkiCollection.NoteType> noteTypesV18(Connection c) throws SQLException, ImportException {
        Map<Long, List<String>> fields = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT ntid, name FROM fields ORDER BY ntid, ord")) {
            while (rs.next()) fields.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(text(rs, 2));
        }
        Map<Long, List<AnkiCollection.Template>> templates = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord")) {
            while (rs.next()) {
                byte[] config = rs.getBytes(4);
                try {
                    templates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AnkiCollection.Template(
                            rs.getInt(2), text(rs, 3), Protobuf.string(config, 1), Protobuf.string(config, 2)));
                } catch (Protobuf.Malformed e) {
                    throw notAnki("a card template's settings are not readable (" + e.getMessage() + ")");
                }
            }
        }
        Map<Long, AnkiCollection.NoteType> out = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name, config FROM notetypes ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                boolean cloze;
                try {
                    cloze = Protobuf.varint(rs.getBytes(3), 1, 0) == 1;
                } catch (Protobuf.Malformed e) {
                    throw notAnki("a note type's settings are not readable (" + e.getMessage() + ")");
                }
                out.put(id, new AnkiCollection.NoteType(id, text(rs, 2), cloze,
                        fields.getOrDefault(id, List.of()), templates.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    private Map<Long, String> decksV18(Connection c) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM decks")) {
            // The newer schema separates deck levels with 0x1f; Anki shows them as "::".
            while (rs.next()) out.put(rs.getLong(1), text(rs, 2).replace("\u001f", "::"));
        }
        return out;
    }

    private List<AnkiCollection.Note> notes(Connection c) throws SQLException, ImportException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM notes")) {
            long n = rs.next() ? rs.getLong(1) : 0;
            if (n > limits.maxNotes()) {
                throw new ImportException(shown + " holds " + n + " notes; dca imports up to " + limits.maxNotes(),
                        "export only the decks you want to share");
            }
        }
        Map<Long, List<AnkiCollection.CardRef>> cards = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT nid, ord, CASE WHEN odid != 0 THEN odid ELSE did END FROM cards ORDER BY nid, ord")) {
            int count = 0;
            while (rs.next()) {
                if (++count > limits.maxNotes() * 10L) {
                    throw new ImportException(shown + " holds too many cards", "export only the decks you want to share");
                }
                cards.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AnkiCollection.CardRef(rs.getInt(2), rs.getLong(3)));
            }
        }
        List<AnkiCollection.Note> notes = new ArrayList<>();
        // In the order Anki shows new cards (the export order of dca's packages), then by creation.
        try (PreparedStatement ps = c.prepareStatement("SELECT n.id, n.guid, n.mid, n.flds, n.tags FROM notes n"
                + " LEFT JOIN (SELECT nid, min(due) AS pos FROM cards WHERE type = 0 GROUP BY nid) c ON c.nid = n.id"
                + " ORDER BY c.pos IS NULL, c.pos, n.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                List<String> fields = Arrays.asList(text(rs, 4).split("\u001f", -1));
                notes.add(new AnkiCollection.Note(id, text(rs, 2), rs.getLong(3), fields, text(rs, 5),
                        cards.getOrDefault(id, List.of())));
            }
        }
        return notes;
    }

    private static String text(ResultSet rs, int col) throws SQLException {
        String s = rs.getString(col);
        return s == null ? "" : s;
    }

    private ImportException notAnki(String why) {
        return new ImportException(shown + " is not an Anki collection: " + why, "export the deck from Anki again");
    }

    /** sqlite-jdbc's message without its "[SQLITE_CORRUPT] " code prefix repeated. */
    private static String sqlMessage(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
