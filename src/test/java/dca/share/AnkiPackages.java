package dca.share;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Anki packages built the way Anki writes them, without Anki: the legacy schema 11 (note types and
 * decks as JSON in {@code col}) as {@code collection.anki2} or {@code collection.anki21} (with the
 * stub {@code collection.anki2} newer Anki puts beside it), and schema 18 ({@code notetypes},
 * {@code fields}, {@code templates}, {@code decks} tables with protobuf settings) as the
 * zstd-compressed {@code collection.anki21b}. Every shape holds the same notes: {@link #standard}.
 */
public final class AnkiPackages {
    public enum Shape { ANKI2, ANKI21, ANKI21B }

    static final long BASIC = 1_600_000_000_001L;
    static final long REVERSED = 1_600_000_000_002L;
    static final long TYPING = 1_600_000_000_003L;
    static final long CLOZE = 1_600_000_000_004L;
    static final long VOCAB = 1_600_000_000_005L;
    static final long NETWORKING = 1_600_000_000_101L;
    static final long IMAGES = 1_600_000_000_102L;

    public record Template(String name, String front, String back) {}

    public record NoteType(long id, String name, boolean cloze, List<String> fields, List<Template> templates) {}

    /** A note and the decks of its cards (one entry per card: ord → deck). */
    public record Note(String guid, long type, List<String> fields, String tags, Map<Integer, Long> cards) {}

    public record Collection(List<NoteType> types, Map<Long, String> decks, List<Note> notes) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnkiPackages() {}

    public static List<NoteType> stockTypes() {
        return List.of(
                new NoteType(BASIC, "Basic", false, List.of("Front", "Back"),
                        List.of(new Template("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"))),
                new NoteType(REVERSED, "Basic (and reversed card)", false, List.of("Front", "Back"), List.of(
                        new Template("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"),
                        new Template("Card 2", "{{Back}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}"))),
                new NoteType(TYPING, "Basic (type in the answer)", false, List.of("Front", "Back"),
                        List.of(new Template("Card 1", "{{Front}}\n\n{{type:Back}}", "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}"))),
                new NoteType(CLOZE, "Cloze", true, List.of("Text", "Back Extra"),
                        List.of(new Template("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"))),
                new NoteType(VOCAB, "Vocab", false, List.of("Word", "Meaning", "Example"),
                        List.of(new Template("Card 1", "{{Word}}<br>{{Example}}", "{{FrontSide}}<hr id=answer>{{Meaning}}"))));
    }

    /** Every stock note type once, HTML fields, an image and a sound, in two decks of a tree. */
    public static Collection standard() {
        Map<Long, String> decks = new LinkedHashMap<>();
        decks.put(1L, "Default");
        decks.put(NETWORKING, "DCA::Networking");
        decks.put(IMAGES, "Docker Group::Chapter 07 Images");
        List<Note> notes = List.of(
                new Note("Fx1!basic", BASIC, List.of("What does <b>docker network ls</b> list?",
                        "All networks&nbsp;the daemon knows<br><img src=\"net.png\">"), " networking o4.1 ", Map.of(0, NETWORKING)),
                new Note("Rv2@reversed", REVERSED, List.of("overlay", "<div>a network that spans swarm nodes</div>"), " networking ",
                        Map.of(0, NETWORKING, 1, NETWORKING)),
                new Note("Ty3#typing", TYPING, List.of("Name of the default bridge on Linux?", "docker0"), " networking ",
                        Map.of(0, NETWORKING)),
                new Note("Cz4$cloze", CLOZE, List.of("Overlay traffic uses {{c1::VXLAN::a protocol}} on UDP port {{c2::4789}};"
                        + " gossip on {{c3::7946}} [sound:gossip.mp3]", "Swarm ports"), " networking ",
                        Map.of(0, NETWORKING, 1, NETWORKING, 2, NETWORKING)),
                new Note("Vc5%vocab", VOCAB, List.of("layer", "a read-only filesystem diff", "<i>each RUN adds one</i>"), " images ",
                        Map.of(0, IMAGES)));
        return new Collection(stockTypes(), decks, notes);
    }

    /** The package as Anki writes it in that shape, with one media file. */
    public static byte[] apkg(Shape shape, Collection col, Path work) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        switch (shape) {
            case ANKI2 -> {
                entries.put("collection.anki2", legacy(col, work.resolve("a.anki2"), 11));
                entries.put("media", "{\"0\": \"net.png\"}".getBytes(StandardCharsets.UTF_8));
            }
            case ANKI21 -> {
                entries.put("collection.anki2", legacy(stub(), work.resolve("stub.anki2"), 11));
                entries.put("collection.anki21", legacy(col, work.resolve("a.anki21"), 11));
                entries.put("media", "{\"0\": \"net.png\"}".getBytes(StandardCharsets.UTF_8));
            }
            case ANKI21B -> {
                entries.put("collection.anki2", legacy(stub(), work.resolve("stub.anki2"), 11));
                entries.put("collection.anki21b", Zstd.compress(v18(col, work.resolve("a.anki21b")), 3));
                entries.put("media", Zstd.compress(new byte[0], 3));
                entries.put("meta", new byte[] {0x08, 0x03});
            }
            default -> throw new IllegalArgumentException(shape.name());
        }
        entries.put("0", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        return zip(entries);
    }

    /**
     * A package whose collection is a real SQLite database of over 100 MB (random pages, stored in
     * the zip uncompressed, so only its size can refuse it).
     */
    public static Path hundredMegabyteCollection(Path work, Path target) throws Exception {
        Path db = work.resolve("big.anki2");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            exec(c, SCHEMA11 + "; CREATE TABLE filler (b blob); INSERT INTO filler VALUES (randomblob(100 * 1024 * 1024))");
        }
        try (java.io.OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e = new ZipEntry("collection.anki2");
            e.setMethod(ZipEntry.STORED);
            e.setSize(Files.size(db));
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            try (var in = Files.newInputStream(db)) {
                byte[] buf = new byte[1 << 20];
                int n;
                while ((n = in.read(buf)) > 0) crc.update(buf, 0, n);
            }
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            Files.copy(db, zip);
            zip.closeEntry();
        }
        Files.delete(db);
        return target;
    }

    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** What Anki 2.1.50+ writes as collection.anki2 beside the real collection, for older versions to show. */
    public static Collection stub() {
        return new Collection(List.of(stockTypes().get(0)), Map.of(1L, "Default"), List.of(new Note("stub", BASIC,
                List.of("This file requires a newer version of Anki.", ""), "", Map.of(0, 1L))));
    }

    public static final String SCHEMA11 = """
            CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
                ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
                models text not null, decks text not null, dconf text not null, tags text not null);
            CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
                usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
                flags integer not null, data text not null);
            CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
                mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
                ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
                odue integer not null, odid integer not null, flags integer not null, data text not null);
            CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
                ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
            CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
            CREATE INDEX ix_cards_nid on cards (nid);
            CREATE INDEX ix_notes_csum on notes (csum);
            """;

    public static final String SCHEMA18_EXTRA = """
            CREATE TABLE deck_config (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
                usn integer NOT NULL, config blob NOT NULL);
            CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL,
                val blob NOT NULL) without rowid;
            CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase, config blob NOT NULL,
                PRIMARY KEY (ntid, ord)) without rowid;
            CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
                usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
            CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
                usn integer NOT NULL, config blob NOT NULL);
            CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase, mtime_secs integer NOT NULL,
                usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
            CREATE TABLE tags (tag text NOT NULL PRIMARY KEY COLLATE unicase, usn integer NOT NULL, collapsed boolean NOT NULL,
                config blob NULL) without rowid;
            CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
            CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
            CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
            CREATE UNIQUE INDEX idx_decks_name ON decks (name);
            CREATE INDEX idx_notes_mid ON notes (mid);
            """;

    public static void exec(Connection c, String script) throws Exception {
        try (Statement st = c.createStatement()) {
            for (String sql : script.split(";")) {
                if (!sql.isBlank()) st.execute(sql);
            }
        }
    }

    public static byte[] legacy(Collection col, Path file, int ver) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            exec(c, SCHEMA11);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO col VALUES (1, 1600000000, 1600000000000, 1600000000000, ?,"
                    + " 0, 0, 0, '{}', ?, ?, '{}', '{}')")) {
                ps.setInt(1, ver);
                ps.setString(2, modelsJson(col.types()));
                ps.setString(3, decksJson(col.decks()));
                ps.executeUpdate();
            }
            notes(c, col);
        }
        return Files.readAllBytes(file);
    }

    public static byte[] v18(Collection col, Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            org.sqlite.Collation.create(c, "unicase", new org.sqlite.Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            exec(c, SCHEMA11);
            exec(c, SCHEMA18_EXTRA);
            exec(c, "INSERT INTO col VALUES (1, 1600000000, 1600000000000, 1600000000000, 18, 0, 0, 0, '', '', '', '', '')");
            for (NoteType t : col.types()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO notetypes VALUES (?, ?, 1600000000, 0, ?)")) {
                    ps.setLong(1, t.id());
                    ps.setString(2, t.name());
                    // NotetypeConfig: kind = 1 (cloze), sort_field_idx = 2, css = 3
                    ps.setBytes(3, t.cloze() ? concat(varintField(1, 1), stringField(3, ".card {}")) : stringField(3, ".card {}"));
                    ps.executeUpdate();
                }
                for (int i = 0; i < t.fields().size(); i++) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO fields VALUES (?, ?, ?, ?)")) {
                        ps.setLong(1, t.id());
                        ps.setInt(2, i);
                        ps.setString(3, t.fields().get(i));
                        ps.setBytes(4, stringField(3, "Arial"));
                        ps.executeUpdate();
                    }
                }
                for (int i = 0; i < t.templates().size(); i++) {
                    Template tpl = t.templates().get(i);
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO templates VALUES (?, ?, ?, 1600000000, 0, ?)")) {
                        ps.setLong(1, t.id());
                        ps.setInt(2, i);
                        ps.setString(3, tpl.name());
                        ps.setBytes(4, concat(stringField(1, tpl.front()), stringField(2, tpl.back())));
                        ps.executeUpdate();
                    }
                }
            }
            for (Map.Entry<Long, String> d : col.decks().entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO decks VALUES (?, ?, 1600000000, 0, ?, ?)")) {
                    ps.setLong(1, d.getKey());
                    ps.setString(2, d.getValue().replace("::", "\u001f"));
                    ps.setBytes(3, new byte[0]);
                    ps.setBytes(4, new byte[] {0x0a, 0x00});
                    ps.executeUpdate();
                }
            }
            notes(c, col);
        }
        return Files.readAllBytes(file);
    }

    private static void notes(Connection c, Collection col) throws Exception {
        long nid = 1_650_000_000_000L;
        long cid = 1_660_000_000_000L;
        for (Note n : col.notes()) {
            nid++;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, 1650000000, 0, ?, ?, ?, 0, 0, '')")) {
                ps.setLong(1, nid);
                ps.setString(2, n.guid());
                ps.setLong(3, n.type());
                ps.setString(4, n.tags());
                ps.setString(5, String.join("\u001f", n.fields()));
                ps.setString(6, n.fields().get(0));
                ps.executeUpdate();
            }
            for (Map.Entry<Integer, Long> card : new java.util.TreeMap<>(n.cards()).entrySet()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO cards VALUES (?, ?, ?, ?, 1650000000, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
                    ps.setLong(1, ++cid);
                    ps.setLong(2, nid);
                    ps.setLong(3, card.getValue());
                    ps.setInt(4, card.getKey());
                    ps.executeUpdate();
                }
            }
        }
    }

    private static String modelsJson(List<NoteType> types) {
        ObjectNode all = JSON.createObjectNode();
        for (NoteType t : types) {
            ObjectNode m = all.putObject(Long.toString(t.id()));
            m.put("id", t.id());
            m.put("name", t.name());
            m.put("type", t.cloze() ? 1 : 0);
            m.put("mod", 1600000000);
            m.put("sortf", 0);
            ArrayNode flds = m.putArray("flds");
            for (int i = 0; i < t.fields().size(); i++) flds.addObject().put("name", t.fields().get(i)).put("ord", i);
            ArrayNode tmpls = m.putArray("tmpls");
            for (int i = 0; i < t.templates().size(); i++) {
                Template tpl = t.templates().get(i);
                tmpls.addObject().put("name", tpl.name()).put("ord", i).put("qfmt", tpl.front()).put("afmt", tpl.back());
            }
            m.put("css", ".card {}");
        }
        return all.toString();
    }

    private static String decksJson(Map<Long, String> decks) {
        ObjectNode all = JSON.createObjectNode();
        decks.forEach((id, name) -> all.putObject(Long.toString(id)).put("id", id).put("name", name).put("dyn", 0));
        return all.toString();
    }

    static byte[] varintField(int field, long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, (long) field << 3);
        varint(out, value);
        return out.toByteArray();
    }

    static byte[] stringField(int field, String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, ((long) field << 3) | 2);
        varint(out, b.length);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
