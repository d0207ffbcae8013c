package dca.share;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dca.deck.Deck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Anki package: a zip holding a legacy {@code collection.anki2} (schema 11, which every
 * Anki since 2.1.50 imports) and an empty {@code media} map.
 *
 * <p>Identity, so that importing a newer export updates notes instead of duplicating them: guids
 * come from card ids ({@link AnkiNotes}); note, card, deck and note type ids are hashes of those
 * names placed in a fixed window of past epoch milliseconds (2017–2021), so they are the same in
 * every export and never in the future. Anki replaces a note it already has only when the incoming
 * note's {@code mod} is newer, and then loses the user's edits and tags on it; so a note's
 * {@code mod} comes from the {@link ExportHistory}: unchanged since the last export, it keeps that
 * export's time, changed, it gets this export's time (from the injected clock). Note types and
 * decks are dated the same way.
 */
public final class ApkgWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** 2017-07-14T02:40:00Z; ids live in [ID_BASE, ID_BASE + 2^37). */
    static final long ID_BASE = 1_500_000_000_000L;
    private static final long ID_SPAN = 1L << 37;
    static final long BASIC_MODEL_ID = stableId("model:dca-basic-1");
    static final long CLOZE_MODEL_ID = stableId("model:dca-cloze-1");
    private static final String CSS = ".card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }\n"
            + ".dca-context { font-size: 13px; color: #777; margin-bottom: 0.6em; }\n"
            + ".dca-explanation, .dca-link { margin-top: 0.6em; font-size: 16px; }\n"
            + ".cloze { font-weight: bold; color: blue; }\n";

    private ApkgWriter() {}

    /** Writes {@code decks} as an Anki package to {@code out}. */
    public static void write(List<Deck> decks, OutputStream out, Clock clock) throws IOException {
        write(decks, out, clock, ExportOptions.none());
    }

    /** Writes {@code decks} as an Anki package to {@code out}, dating notes by {@code options.history()}. */
    public static void write(List<Deck> decks, OutputStream out, Clock clock, ExportOptions options) throws IOException {
        Path tmp = Files.createTempFile("dca-export-", ".anki2");
        try {
            Files.delete(tmp); // sqlite creates it
            writeCollection(decks, tmp, clock, options);
            ZipOutputStream zip = new ZipOutputStream(out);
            ZipEntry col = new ZipEntry("collection.anki2");
            col.setTime(clock.millis());
            zip.putNextEntry(col);
            Files.copy(tmp, zip);
            zip.closeEntry();
            ZipEntry media = new ZipEntry("media");
            media.setTime(clock.millis());
            zip.putNextEntry(media);
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void writeCollection(List<Deck> decks, Path file, Clock clock, ExportOptions options) throws IOException {
        List<AnkiNotes.Note> notes = AnkiNotes.of(decks, options);
        ExportHistory history = options.history();
        long nowMs = clock.millis();
        long nowS = nowMs / 1000;
        Map<String, Long> deckIds = new LinkedHashMap<>();
        Set<Long> used = new HashSet<>(Set.of(1L, BASIC_MODEL_ID, CLOZE_MODEL_ID));
        for (Deck d : decks) deckIds.computeIfAbsent(AnkiNotes.deckName(d), n -> unique(stableId("deck:" + n), used));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                for (String sql : SCHEMA.split(";")) {
                    if (!sql.isBlank()) st.execute(sql);
                }
            }
            long firstDeck = deckIds.values().iterator().next();
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
                ps.setLong(1, ID_BASE / 1000);
                ps.setLong(2, nowMs);
                ps.setLong(3, nowMs);
                ps.setString(4, colConf(firstDeck));
                ps.setString(5, models(history, nowS, firstDeck));
                ps.setString(6, decksJson(deckIds, history, nowS));
                ps.setString(7, dconf(nowS));
                ps.executeUpdate();
            }
            try (PreparedStatement pn = db.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
                 PreparedStatement pc = db.prepareStatement(
                         "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
                int due = 0;
                for (AnkiNotes.Note n : notes) {
                    long nid = unique(stableId("note:" + n.guid()), used);
                    String sortField = Html.stripTags(n.fields().get(0));
                    String tags = n.tags().isEmpty() ? "" : " " + String.join(" ", n.tags()) + " ";
                    String fields = String.join("\u001f", n.fields());
                    long mod = history.mod(n.guid(), n.type().ankiName() + "\n" + n.deck() + "\n" + tags + "\n" + fields, nowS);
                    pn.setLong(1, nid);
                    pn.setString(2, n.guid());
                    pn.setLong(3, n.type() == AnkiNotes.NoteType.CLOZE ? CLOZE_MODEL_ID : BASIC_MODEL_ID);
                    pn.setLong(4, mod);
                    pn.setString(5, tags);
                    pn.setString(6, fields);
                    pn.setString(7, sortField);
                    pn.setLong(8, checksum(sortField));
                    pn.executeUpdate();
                    due++;
                    for (int ord : n.ords()) {
                        pc.setLong(1, unique(stableId("card:" + n.guid() + ":" + ord), used));
                        pc.setLong(2, nid);
                        pc.setLong(3, deckIds.get(n.deck()));
                        pc.setInt(4, ord);
                        pc.setLong(5, mod);
                        pc.setInt(6, due); // new cards are shown in export order
                        pc.executeUpdate();
                    }
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw new IOException("cannot write the Anki collection: " + e.getMessage(), e);
        }
    }

    /** A deterministic id in the past window; collisions within one export move to the next free id. */
    static long stableId(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xff);
            return ID_BASE + Math.floorMod(v, ID_SPAN);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    private static long unique(long id, Set<Long> used) {
        while (!used.add(id)) id = id + 1 >= ID_BASE + ID_SPAN ? ID_BASE : id + 1;
        return id;
    }

    /** Anki's note checksum: the first 8 hex digits of SHA-1 over the plain sort field. */
    static long checksum(String sortField) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(sortField.getBytes(StandardCharsets.UTF_8));
            return ((long) (h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every JDK", e);
        }
    }

    private static String colConf(long deckId) {
        ObjectNode c = JSON.createObjectNode();
        c.putArray("activeDecks").add(deckId);
        c.put("curDeck", deckId);
        c.put("newSpread", 0);
        c.put("collapseTime", 1200);
        c.put("timeLim", 0);
        c.put("estTimes", true);
        c.put("dueCounts", true);
        c.put("curModel", Long.toString(BASIC_MODEL_ID));
        c.put("nextPos", 1);
        c.put("sortType", "noteFld");
        c.put("sortBackwards", false);
        c.put("addToCur", true);
        c.put("dayLearnFirst", false);
        c.put("newBury", true);
        c.put("schedVer", 2);
        return c.toString();
    }

    /** The card's context, above the question on both sides. */
    static final String CONTEXT = "{{#Context}}<div class=\"dca-context\">{{Context}}</div>{{/Context}}\n";

    private static String models(ExportHistory history, long nowS, long deckId) {
        ObjectNode m = JSON.createObjectNode();
        m.set(Long.toString(BASIC_MODEL_ID), model(BASIC_MODEL_ID, AnkiNotes.NoteType.BASIC, 0,
                CONTEXT + "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}", history, nowS, deckId));
        m.set(Long.toString(CLOZE_MODEL_ID), model(CLOZE_MODEL_ID, AnkiNotes.NoteType.CLOZE, 1,
                CONTEXT + "{{cloze:Text}}", CONTEXT + "{{cloze:Text}}<br>\n{{Back Extra}}", history, nowS, deckId));
        return m.toString();
    }

    private static ObjectNode model(long id, AnkiNotes.NoteType noteType, int type, String qfmt, String afmt,
                                    ExportHistory history, long nowS, long deckId) {
        String name = noteType.ankiName();
        List<String> fields = noteType.fields();
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        m.put("name", name);
        m.put("type", type);
        m.put("mod", history.mod("model:" + id, name + "\n" + fields + "\n" + qfmt + "\n" + afmt + "\n" + CSS, nowS));
        m.put("usn", -1);
        m.put("sortf", 0);
        m.put("did", deckId);
        ArrayNode tmpls = m.putArray("tmpls");
        ObjectNode t = tmpls.addObject();
        t.put("name", type == 1 ? "Cloze" : "Card 1");
        t.put("ord", 0);
        t.put("qfmt", qfmt);
        t.put("afmt", afmt);
        t.put("bqfmt", "");
        t.put("bafmt", "");
        t.putNull("did");
        t.put("bfont", "");
        t.put("bsize", 0);
        ArrayNode flds = m.putArray("flds");
        for (int i = 0; i < fields.size(); i++) {
            ObjectNode f = flds.addObject();
            f.put("name", fields.get(i));
            f.put("ord", i);
            f.put("sticky", false);
            f.put("rtl", false);
            f.put("font", "Arial");
            f.put("size", 20);
            f.putArray("media");
        }
        m.put("css", CSS);
        m.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
        m.put("latexPost", "\\end{document}");
        m.put("latexsvg", false);
        ArrayNode req = m.putArray("req");
        ArrayNode r = req.addArray();
        r.add(0).add(type == 1 ? "any" : "all");
        r.addArray().add(0);
        m.putArray("tags");
        m.putArray("vers");
        return m;
    }

    private static String decksJson(Map<String, Long> deckIds, ExportHistory history, long nowS) {
        ObjectNode all = JSON.createObjectNode();
        all.set("1", deck(1, "Default", ID_BASE / 1000));
        deckIds.forEach((name, id) -> all.set(Long.toString(id), deck(id, name, history.mod("deck:" + name, name, nowS))));
        return all.toString();
    }

    private static ObjectNode deck(long id, String name, long mod) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", id);
        d.put("name", name);
        d.put("mod", mod);
        d.put("usn", -1);
        for (String k : List.of("lrnToday", "revToday", "newToday", "timeToday")) d.putArray(k).add(0).add(0);
        d.put("collapsed", false);
        d.put("browserCollapsed", false);
        d.put("desc", id == 1 ? "" : "Exported by dca, the DCA exam study drill.");
        d.put("dyn", 0);
        d.put("conf", 1);
        d.put("extendNew", 0);
        d.put("extendRev", 0);
        return d;
    }

    private static String dconf(long nowS) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", 1);
        c.put("mod", nowS);
        c.put("name", "Default");
        c.put("usn", -1);
        c.put("maxTaken", 60);
        c.put("autoplay", true);
        c.put("timer", 0);
        c.put("replayq", true);
        c.put("dyn", false);
        ObjectNode n = c.putObject("new");
        n.put("bury", false);
        n.putArray("delays").add(1.0).add(10.0);
        n.put("initialFactor", 2500);
        n.putArray("ints").add(1).add(4).add(0);
        n.put("order", 1);
        n.put("perDay", 20);
        ObjectNode r = c.putObject("rev");
        r.put("bury", false);
        r.put("ease4", 1.3);
        r.put("ivlFct", 1.0);
        r.put("maxIvl", 36500);
        r.put("perDay", 200);
        r.put("hardFactor", 1.2);
        ObjectNode l = c.putObject("lapse");
        l.putArray("delays").add(10.0);
        l.put("leechAction", 1);
        l.put("leechFails", 8);
        l.put("minInt", 1);
        l.put("mult", 0.0);
        ObjectNode all = JSON.createObjectNode();
        all.set("1", c);
        return all.toString();
    }

    /** Anki's legacy (schema 11) tables, with the exact columns and indexes Anki creates. */
    static final String SCHEMA = """
            CREATE TABLE col (
                id integer primary key, crt integer not null, mod integer not null, scm integer not null,
                ver integer not null, dty integer not null, usn integer not null, ls integer not null,
                conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
            CREATE TABLE notes (
                id integer primary key, guid text not null, mid integer not null, mod integer not null,
                usn integer not null, tags text not null, flds text not null, sfld integer not null,
                csum integer not null, flags integer not null, data text not null);
            CREATE TABLE cards (
                id integer primary key, nid integer not null, did integer not null, ord integer not null,
                mod integer not null, usn integer not null, type integer not null, queue integer not null,
                due integer not null, ivl integer not null, factor integer not null, reps integer not null,
                lapses integer not null, left integer not null, odue integer not null, odid integer not null,
                flags integer not null, data text not null);
            CREATE TABLE revlog (
                id integer primary key, cid integer not null, usn integer not null, ease integer not null,
                ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
                type integer not null);
            CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
            CREATE INDEX ix_notes_usn on notes (usn);
            CREATE INDEX ix_cards_usn on cards (usn);
            CREATE INDEX ix_revlog_usn on revlog (usn);
            CREATE INDEX ix_cards_nid on cards (nid);
            CREATE INDEX ix_cards_sched on cards (did, queue, due);
            CREATE INDEX ix_revlog_cid on revlog (cid);
            CREATE INDEX ix_notes_csum on notes (csum);
            """;
}
