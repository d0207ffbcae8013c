package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dca.deck.Deck;
import dca.deck.DeckJson;
import java.io.StringReader;
import java.util.List;

/**
 * The parser never throws and every deck it makes survives the deck JSON codec. Plain
 * {@code ./mvnw test} replays the inputs under {@code NotesParserFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes for real (see README, "Fuzzing the parser").
 */
class NotesParserFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void parseNeverThrows(byte[] input) throws Exception {
        ParsedNotes parsed;
        try {
            parsed = NotesLoader.parse(input, "fuzz.md");
        } catch (NotesException notUtf8) {
            return;
        }
        for (Problem p : parsed.problems()) {
            assertFalse(p.message().startsWith(NotesParser.INTERNAL), p.toString());
        }
        if (parsed.decks().isEmpty()) return;
        List<Deck> back = DeckJson.read(new StringReader(DeckJson.write(parsed.decks())));
        assertEquals(parsed.decks(), back);
    }
}
