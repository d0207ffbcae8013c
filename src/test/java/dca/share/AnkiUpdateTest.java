package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.Deck;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Anki does with a second export depends on each note's guid and {@code mod}: an unchanged
 * note must come with the same guid, fields and mod (Anki then leaves it, and the user's edits and
 * tags on it, alone); a changed note with a newer mod; a reworded card with its old guid.
 */
class AnkiUpdateTest {
    private static final Clock DAY1 = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock DAY30 = Clock.offset(DAY1, Duration.ofDays(30));
    private static final Clock DAY60 = Clock.offset(DAY1, Duration.ofDays(60));

    @TempDir
    Path tmp;

    record NoteRow(long mod, String fields, String tags, List<Long> cardMods) {}

    /** guid → the note as Anki would import it */
    private Map<String, NoteRow> export(Clock clock, ExportOptions options, Deck... decks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApkgWriter.write(List.of(decks), out, clock, options);
        Path db = Files.createTempFile(tmp, "col", ".anki2");
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            while (!zip.getNextEntry().getName().equals("collection.anki2")) {
                // skip to the collection
            }
            Files.write(db, zip.readAllBytes());
        }
        Map<String, NoteRow> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT n.guid, n.mod, n.flds, n.tags, group_concat(c.mod) FROM notes n"
                     + " JOIN cards c ON c.nid = n.id GROUP BY n.id")) {
            while (rs.next()) {
                List<Long> cardMods = new ArrayList<>();
                for (String m : rs.getString(5).split(",")) cardMods.add(Long.parseLong(m));
                rows.put(rs.getString(1), new NoteRow(rs.getLong(2), rs.getString(3), rs.getString(4), cardMods));
            }
        }
        return rows;
    }

    private static Deck withAnswer(Deck d, String id, String answer) {
        List<Card> cards = new ArrayList<>();
        for (Card c : d.cards()) {
            cards.add(c.id().value().equals(id) ? new BasicCard(c.meta(), ((BasicCard) c).origin(), c.prompt(), answer) : c);
        }
        return new Deck(d.name(), d.chapter(), d.title(), d.domains(), d.source(), cards);
    }

    @Test
    void unchangedNotesKeepTheirModAndAnEditedAnswerDatesOnlyItsNote() throws Exception {
        Path historyFile = tmp.resolve("anki-export.json");
        ExportHistory h1 = ExportHistory.load(historyFile);
        Map<String, NoteRow> first = export(DAY1, new ExportOptions(h1, Map.of()), ShareFixtures.chapter5(), ShareFixtures.chapter7());
        h1.save(historyFile);
        assertEquals(7, first.size());
        for (NoteRow r : first.values()) {
            assertEquals(DAY1.millis() / 1000, r.mod());
            for (long m : r.cardMods()) assertEquals(r.mod(), m);
        }

        ExportHistory h2 = ExportHistory.load(historyFile);
        Map<String, NoteRow> second = export(DAY30, new ExportOptions(h2, Map.of()), ShareFixtures.chapter5(), ShareFixtures.chapter7());
        assertEquals(first, second, "guids, fields, tags and mods of unchanged notes are identical");
        assertTrue(!h2.changed(), "nothing new to record");

        Deck edited = withAnswer(ShareFixtures.chapter5(), "runc-term", "The OCI reference runtime, which dockerd reaches through containerd");
        ExportHistory h3 = ExportHistory.load(historyFile);
        Map<String, NoteRow> third = export(DAY60, new ExportOptions(h3, Map.of()), edited, ShareFixtures.chapter7());
        h3.save(historyFile);
        assertEquals(first.keySet(), third.keySet());
        for (String guid : first.keySet()) {
            if (guid.equals("dca:runc-term")) {
                assertEquals(DAY60.millis() / 1000, third.get(guid).mod());
                assertNotEquals(first.get(guid).fields(), third.get(guid).fields());
            } else {
                assertEquals(first.get(guid), third.get(guid), guid);
            }
        }
        // the next export of the edited deck: unchanged again
        assertEquals(third, export(Clock.offset(DAY60, Duration.ofDays(1)), new ExportOptions(ExportHistory.load(historyFile), Map.of()),
                edited, ShareFixtures.chapter7()));
    }

    @Test
    void aChangeBackIsStillNewerThanTheLastExport() throws Exception {
        ExportHistory h = ExportHistory.empty();
        assertEquals(100, h.mod("dca:x", "one", 100));
        assertEquals(100, h.mod("dca:x", "one", 200));
        assertEquals(300, h.mod("dca:x", "two", 300));
        // a clock that went back (another machine) still moves the note forward
        assertEquals(301, h.mod("dca:x", "one", 250));
    }

    @Test
    void anUnreadableHistoryIsNoHistory() throws Exception {
        Path file = tmp.resolve("anki-export.json");
        Files.writeString(file, "{ not json");
        assertEquals(500, ExportHistory.load(file).mod("dca:x", "one", 500));
        Files.writeString(file, "{\"format\":\"something-else\",\"version\":1,\"items\":{\"dca:x\":{\"hash\":\"h\",\"mod\":1}}}");
        assertEquals(500, ExportHistory.load(file).mod("dca:x", "one", 500));
    }

    @Test
    void aRewordedCardKeepsItsGuidAndComesBackWithItsNewId() throws Exception {
        Deck d = ShareFixtures.chapter5();
        BasicCard old = (BasicCard) d.cards().get(0);
        CardId newId = new CardId("runc-term-reworded");
        List<Card> cards = new ArrayList<>(d.cards());
        cards.set(0, new BasicCard(new CardMeta(newId, null, old.meta().context(), old.meta().source(), old.meta().tags()),
                old.origin(), "What is runc, the runtime?", old.answer()));
        Deck reworded = new Deck(d.name(), d.chapter(), d.title(), d.domains(), d.source(), cards);
        Map<String, NoteRow> notes = export(DAY30, new ExportOptions(ExportHistory.empty(), Map.of(newId, old.id())), reworded);
        assertTrue(notes.containsKey("dca:runc-term"), notes.keySet().toString());
        assertTrue(notes.get("dca:runc-term").fields().endsWith("\u001frunc-term-reworded"), notes.get("dca:runc-term").fields());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApkgWriter.write(List.of(reworded), out, DAY30, new ExportOptions(ExportHistory.empty(), Map.of(newId, old.id())));
        Path file = tmp.resolve("reworded.apkg");
        Files.write(file, out.toByteArray());
        Card back = ApkgReader.read(file, "reworded.apkg", tmp, ApkgLimits.DEFAULT).decks().get(0).cards().get(0);
        assertEquals(newId, back.id());
        assertEquals("What is runc, the runtime?", back.prompt());
    }
}
