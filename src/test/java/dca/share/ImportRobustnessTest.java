package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dca.deck.Card;
import dca.deck.Deck;
import dca.deck.DeckJson;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mangled versions of valid exports (seeded, so a failure reproduces): reading them either works or
 * fails with an {@link ImportException}, never with anything else, and what is read is clean.
 */
class ImportRobustnessTest {
    private static final String NASTY = "\u001b[31m\u0000\u0007\u009b\"\\{}[]<>&:\t\n\r#::}}{{c1::";

    @TempDir
    Path tmp;

    private static String mangle(String s, Random r) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + r.nextInt(6);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, NASTY.charAt(r.nextInt(NASTY.length())));
                case 2 -> sb.setLength(at); // truncated
                default -> sb.insert(at, NASTY, 0, r.nextInt(NASTY.length()));
            }
        }
        return sb.toString();
    }

    private static String export(ExportFormat f) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        f.write(List.of(ShareFixtures.chapter5(), ShareFixtures.chapter7()), out, java.time.Clock.systemUTC());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void mangledJsonAndAnkiTextNeverCrashTheImporter() throws Exception {
        Random r = new Random(20261201);
        int refused = 0;
        int read = 0;
        for (String ext : List.of("json", "txt", "md")) {
            String valid = export(ext.equals("json") ? ExportFormat.JSON : ext.equals("txt") ? ExportFormat.ANKI : ExportFormat.MD);
            for (int i = 0; i < 300; i++) {
                Path f = tmp.resolve("case-" + i + "." + ext);
                String text = mangle(valid, r);
                Files.writeString(f, text);
                try {
                    List<Deck> decks = DeckImporter.read(f, p -> dca.notes.NotesLoader.load(p));
                    for (Deck d : decks) {
                        DeckStore.isValidName(DeckImporter.slugName(d.name()));
                        Deck clean = DeckCleaner.clean(d).deck();
                        for (Card c : clean.cards()) {
                            assertTrue(CleanText.isClean(c.prompt()) && CleanText.isClean(c.answer()), c.toString());
                        }
                        StringWriter w = new StringWriter();
                        DeckJson.write(List.of(clean), w);
                    }
                    read++;
                } catch (ImportException e) {
                    refused++;
                    assertTrue(CleanText.isClean(e.getMessage()), e.getMessage());
                } catch (RuntimeException e) {
                    fail("case " + i + "." + ext + " crashed: " + e + "\n" + text, e);
                }
            }
        }
        assertEquals(900, read + refused);
        assertTrue(refused > 0 && read > 0, read + " read, " + refused + " refused");
    }

    @Test
    void fieldsTheCodecAcceptsButTheModelRejectsAreRefusedNotCrashes() throws Exception {
        for (String json : List.of(
                "{\"format\":\"dca-deck\",\"version\":1,\"deck\":{\"name\":\"\"},\"cards\":[]}",
                "{\"format\":\"dca-deck\",\"version\":1,\"deck\":{\"name\":\"  \"},\"cards\":[{\"id\":\"a\",\"kind\":\"basic\",\"prompt\":\"p\",\"answer\":\"a\"}]}",
                "{\"format\":\"dca-deck\",\"version\":1,\"deck\":{\"name\":\"x\"},\"cards\":[]}",
                "[1,2]", "", "null")) {
            Path f = tmp.resolve("edge.json");
            Files.writeString(f, json);
            try {
                DeckImporter.read(f, p -> List.of());
                fail("accepted " + json);
            } catch (ImportException e) {
                assertTrue(e.getMessage().startsWith("edge.json"), e.getMessage());
            }
        }
    }
}
