package dca.share;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dca.deck.Card;
import dca.deck.Deck;
import dca.deck.DeckJson;
import dca.notes.NotesLoader;
import dca.notes.ParsedNotes;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An import file is untrusted (DESIGN §8): whatever bytes a deck file holds, reading it ends in
 * decks or an {@link ImportException}, never another exception, and what is read cleans to text
 * without control characters, a safe name and JSON that writes. Plain {@code ./mvnw test} replays
 * the inputs under {@code DeckImportFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (README, Reliability).
 */
class DeckImportFuzzTest {
    private static Path dir;

    private static void check(byte[] input, String ext) throws Exception {
        if (dir == null) dir = Files.createTempDirectory("dca-import-fuzz");
        Path f = dir.resolve("deck." + ext);
        Files.write(f, input);
        List<Deck> decks;
        try {
            decks = DeckImporter.read(f, md -> {
                List<Deck> out = new ArrayList<>();
                for (ParsedNotes p : NotesLoader.parseAll(md)) out.addAll(p.decks());
                return out;
            });
        } catch (ImportException refused) {
            assertTrue(CleanText.isClean(refused.getMessage()), refused.getMessage());
            return;
        }
        for (Deck d : decks) {
            try {
                assertTrue(DeckStore.isValidName(DeckImporter.slugName(d.name())), d.name());
            } catch (ImportException badName) {
                continue; // refused by name, as the importer does before storing
            }
            Deck clean = DeckCleaner.clean(d).deck();
            for (Card c : clean.cards()) {
                assertTrue(CleanText.isClean(c.prompt()) && CleanText.isClean(c.answer()), c.toString());
            }
            DeckJson.write(List.of(clean), new StringWriter());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void importJson(byte[] input) throws Exception {
        check(input, "json");
    }

    @FuzzTest(maxDuration = "60s")
    void importAnkiText(byte[] input) throws Exception {
        check(input, "txt");
    }

    @FuzzTest(maxDuration = "60s")
    void importMarkdown(byte[] input) throws Exception {
        check(input, "md");
    }
}
