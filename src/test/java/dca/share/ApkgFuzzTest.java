package dca.share;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.Deck;
import dca.deck.DeckJson;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Anki package is untrusted: whatever it holds, reading it ends in decks or an
 * {@link ImportException} with a clean one-line message, never another exception, and never
 * leaves its unpacked collection behind. Three ways in: the whole file ({@code packageBytes}),
 * the collection database inside a well-formed zip ({@code collectionBytes}, which reaches
 * SQLite and the schema checks), and note types, templates and fields made up directly
 * ({@code notesAndTemplates}, which reaches the card conversion fastest). Plain {@code ./mvnw test}
 * replays the inputs under {@code ApkgFuzzTestInputs/}; to fuzz one method for real (README, Reliability):
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='ApkgFuzzTest#collectionBytes' -Djazzer.hooks=true}.
 */
class ApkgFuzzTest {
    private static Path dir;

    private static Path dir() throws Exception {
        if (dir == null) dir = Files.createTempDirectory("dca-apkg-fuzz");
        return dir;
    }

    private static void readPackage(byte[] pkg) throws Exception {
        Path f = dir().resolve("deck.apkg");
        Path temp = Files.createDirectories(dir().resolve("temp"));
        Files.write(f, pkg);
        try {
            check(DeckImporter.readFile(f, md -> List.of(), temp).decks());
        } catch (ImportException refused) {
            checkRefusal(refused);
        } finally {
            try (Stream<Path> left = Files.list(temp)) {
                assertTrue(left.findAny().isEmpty(), "an unpacked collection was left behind");
            }
        }
    }

    private static void checkRefusal(ImportException refused) {
        assertTrue(CleanText.isClean(refused.getMessage()) && CleanText.isClean(refused.hint()), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n") || refused.getMessage().isBlank(), refused.getMessage());
    }

    private static void check(List<Deck> decks) throws Exception {
        for (Deck d : decks) {
            for (Card c : d.cards()) assertTrue(CardId.isValid(c.id().value()), c.id().value());
            try {
                assertTrue(DeckStore.isValidName(DeckImporter.slugName(d.name())), d.name());
            } catch (ImportException badName) {
                continue; // refused by name, as the importer does before storing
            }
            Deck clean = DeckCleaner.clean(d).deck();
            for (Card c : clean.cards()) assertTrue(CleanText.isClean(c.prompt()) && CleanText.isClean(c.answer()), c.toString());
            DeckJson.write(List.of(clean), new StringWriter());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void packageBytes(byte[] input) throws Exception {
        readPackage(input);
    }

    /** The bytes as {@code collection.anki2}, stored uncompressed so that every mutation reaches SQLite. */
    @FuzzTest(maxDuration = "60s")
    void collectionBytes(byte[] input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e = new ZipEntry("collection.anki2");
            e.setMethod(ZipEntry.STORED);
            e.setSize(input.length);
            CRC32 crc = new CRC32();
            crc.update(input);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(input);
            zip.closeEntry();
        }
        readPackage(out.toByteArray());
    }

    /** A collection made up field by field: note types with arbitrary templates and notes with arbitrary HTML. */
    @FuzzTest(maxDuration = "60s")
    void notesAndTemplates(FuzzedDataProvider data) throws Exception {
        Map<Long, AnkiCollection.NoteType> types = new HashMap<>();
        int typeCount = data.consumeInt(1, 3);
        for (long t = 1; t <= typeCount; t++) {
            List<String> fields = new ArrayList<>();
            int fieldCount = data.consumeInt(0, 4);
            for (int i = 0; i < fieldCount; i++) fields.add(data.consumeString(12));
            List<AnkiCollection.Template> templates = new ArrayList<>();
            int templateCount = data.consumeInt(0, 3);
            for (int i = 0; i < templateCount; i++) {
                templates.add(new AnkiCollection.Template(data.consumeInt(-1, 3), data.consumeString(8),
                        data.consumeString(60), data.consumeString(60)));
            }
            types.put(t, new AnkiCollection.NoteType(t, data.consumeString(12), data.consumeBoolean(), fields, templates));
        }
        Map<Long, String> decks = new HashMap<>();
        decks.put(1L, data.consumeString(30));
        decks.put(2L, data.consumeString(30));
        List<AnkiCollection.Note> notes = new ArrayList<>();
        int noteCount = data.consumeInt(0, 4);
        for (int n = 0; n < noteCount; n++) {
            String guid = data.consumeBoolean() ? "dca:" + data.consumeString(20) : data.consumeString(12);
            List<String> fields = new ArrayList<>();
            int fieldCount = data.consumeInt(0, 5);
            for (int i = 0; i < fieldCount; i++) fields.add(data.consumeString(200));
            List<AnkiCollection.CardRef> cards = new ArrayList<>();
            int cardCount = data.consumeInt(0, 3);
            for (int i = 0; i < cardCount; i++) cards.add(new AnkiCollection.CardRef(data.consumeInt(-1, 4), data.consumeLong(0, 3)));
            notes.add(new AnkiCollection.Note(n, guid, data.consumeLong(0, typeCount), fields, data.consumeString(30), cards));
        }
        try {
            check(ApkgReader.decks(new AnkiCollection(types, decks, notes), "fuzz.apkg", ApkgLimits.DEFAULT).decks());
        } catch (ImportException refused) {
            checkRefusal(refused);
        }
    }
}
