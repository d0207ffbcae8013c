package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.ClozeCard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes that parse into odd cards without a word: check warns, at the line. */
class NotesCheckWarningsTest {
    static List<Problem> warnings(ParsedNotes p) {
        return p.problems().stream().filter(Problem::warning).toList();
    }

    @Test
    void anUnclosedCodeFenceIsAWarningAtItsLine() {
        ParsedNotes p = NotesParser.parse("# 5: Engine\n\nrunc :: the low-level runtime\n\n```bash\ndocker ps\n\n"
                + "shim :: keeps containers up\n", "notes/05.md");
        List<Problem> w = warnings(p);
        assertEquals(1, w.size(), w.toString());
        assertEquals("notes/05.md:5: warning: code fence ``` is never closed: everything after it is read as code and makes no"
                + " cards; close it with ```", w.get(0).toString());
        ParsedNotes closed = NotesParser.parse("# 5: Engine\n\n~~~~\ndocker ps\n~~~~\n\nshim :: keeps containers up\n", "notes/05.md");
        assertTrue(warnings(closed).isEmpty(), warnings(closed).toString());
    }

    @Test
    void aNestedClozeIsAWarningAndOneHiddenPart() {
        ParsedNotes p = NotesParser.parse("# 5: Engine\n\nThe daemon is {{dockerd {{on Linux}} hosts}} by default.\n", "notes/05.md");
        List<Problem> w = warnings(p);
        assertEquals(1, w.size(), w.toString());
        assertEquals(3, w.get(0).line());
        assertTrue(w.get(0).message().startsWith("nested cloze: a hidden part inside another"), w.get(0).message());
        List<Card> cards = p.decks().get(0).cards();
        assertEquals(1, cards.size());
        assertTrue(((ClozeCard) cards.get(0)).text().contains("{{dockerd on Linux hosts}}"), cards.get(0).toString());
        ParsedNotes code = NotesParser.parse("# 5: Engine\n\nFormat with {{`docker ps --format '{{.ID}}'`}} here.\n", "notes/05.md");
        assertTrue(warnings(code).isEmpty(), "braces inside code are text: " + warnings(code));
    }
}
