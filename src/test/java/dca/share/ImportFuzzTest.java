package dca.share;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dca.deck.Card;
import dca.deck.Deck;
import dca.deck.DeckJson;
import dca.notes.NotesLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whatever bytes an import file holds, reading it either gives clean decks (no control characters,
 * valid names, writable as deck JSON) or an {@link ImportException}; nothing else. Plain
 * {@code ./mvnw test} replays the inputs under {@code ImportFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes for real, as for the parser (README, "Fuzzing the parser").
 */
class ImportFuzzTest {
    private static final String[] EXTENSIONS = {".json", ".txt", ".md", ""};

    @FuzzTest(maxDuration = "60s")
    void readNeverCrashes(byte[] input) throws Exception {
        String ext = EXTENSIONS[input.length == 0 ? 0 : (input[0] & 0xff) % EXTENSIONS.length];
        Path dir = Files.createTempDirectory("dca-fuzz");
        Path file = dir.resolve("input" + ext);
        try {
            Files.write(file, input);
            List<Deck> decks;
            try {
                decks = DeckImporter.read(file, NotesLoader::load);
            } catch (ImportException refused) {
                assertTrue(CleanText.isClean(refused.getMessage()) && CleanText.isClean(refused.hint()), refused.getMessage());
                return;
            }
            for (Deck d : decks) {
                Deck clean = DeckCleaner.clean(d).deck();
                for (Card c : clean.cards()) {
                    assertTrue(CleanText.isClean(c.prompt()) && CleanText.isClean(c.answer()), c.toString());
                }
                try {
                    assertTrue(DeckStore.isValidName(DeckImporter.slugName(clean.name())));
                } catch (ImportException noName) {
                    // a name without letters or digits is refused, which is the right outcome
                }
                DeckJson.write(List.of(clean));
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
