package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.Deck;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotesParserTest {
    private static Deck only(String text) {
        ParsedNotes p = NotesParser.parse(text, "07-containers.md");
        assertEquals(1, p.decks().size(), p.decks().toString());
        return p.decks().get(0);
    }

    @Test
    void notUtf8IsAnErrorNamingTheFileAndLine() {
        byte[] latin1 = "# Containers\n\n- **Caf\u00e9**: coffee\n".getBytes(StandardCharsets.ISO_8859_1);
        NotesException e = assertThrows(NotesException.class, () -> NotesLoader.parse(latin1, "notes/07-containers.md"));
        assertEquals("notes/07-containers.md is not UTF-8 text (bad byte on line 3)", e.getMessage());
    }

    @Test
    void bomCrlfAndTabsReadLikeCleanText() {
        Deck clean = only("# Containers\n\n- **Init**: reaps zombies\n\nQ: Default stop signal?\nA: SIGTERM\n");
        Deck messy = only("\uFEFF# Containers\r\n\r\n-\t**Init**:\treaps zombies\r\n\r\nQ: Default stop signal?\r\nA: SIGTERM\r\n");
        assertEquals(clean.cards(), messy.cards());
    }

    @Test
    void repeatedPromptIsReportedAndStillGetsAUniqueId() {
        ParsedNotes p = NotesParser.parse("# Containers\n\nPID 1 :: the main process\n\nPID 1 :: the init process\n", "07-c.md");
        List<Card> cards = p.decks().get(0).cards();
        assertEquals(cards.get(0).id().value() + "-2", cards.get(1).id().value());
        assertEquals(List.of(new Problem("07-c.md", 5,
                "duplicate prompt in chapter-7: \"PID 1\" (first on line 3); reword one or pin an id")), p.problems());
    }

    @Test
    void pinnedIdSurvivesRewordingThePrompt() {
        Deck before = only("# C\n\n<!-- id: stop-signal -->\nQ: Which signal does docker stop send?\nA: SIGTERM\n");
        Deck after = only("# C\n\n<!-- id: stop-signal -->\nQ: What does docker stop send first?\nA: SIGTERM, then SIGKILL\n");
        assertEquals("stop-signal", before.cards().get(0).id().value());
        assertEquals(before.cards().get(0).id(), after.cards().get(0).id());
    }

    @Test
    void editingAnAnswerKeepsTheId() {
        Deck a = only("# C\n\n- **Init**: reaps zombies\n");
        Deck b = only("# C\n\n- **Init**: reaps zombie processes and forwards signals\n");
        assertEquals(a.cards().get(0).id(), b.cards().get(0).id());
    }

    @Test
    void neverThrowsOnOddInput() {
        for (String text : new String[] {null, "", "\n\n", "\uFEFF", "---\n", "---\nchapter: [\n---\n", "#", "1.", "> > > Q:",
                "<details>", "<!-- id: -->", "{{}}", "C: []", "- [x]", "| a |\n|---|\n| `docker` |", "\u0000\u0001",
                "Q:\nA:", ":: ::", "::: x", "# Chapter 99999999999999999999", "1. a\n1. b\n" + "   ".repeat(1000) + "x"}) {
            ParsedNotes p = NotesParser.parse(text, "odd.md");
            for (Problem pr : p.problems()) assertTrue(!pr.message().startsWith(NotesParser.INTERNAL), pr.toString());
        }
    }

    @Test
    void optionsRunTogetherWithPlainBulletsAreReportedOnce() {
        ParsedNotes p = NotesParser.parse("# C\n\nQ: Which run on managers?\n\n- [x] Raft\n- [ ] tasks only\n\n- **Worker**: runs tasks\n", "c.md");
        assertEquals(1, p.problems().size(), p.problems().toString());
        assertTrue(p.problems().get(0).message().startsWith("options and plain bullets run together"));
        assertEquals(List.of("Worker"), p.decks().get(0).cards().stream().map(Card::prompt).toList());
    }

    @Test
    void onlyHeadingsThatAreAboutMeetingsLinksOrTodosAreSkipped() {
        String text = String.join("\n", "# Chapter 11: Networking", "", "## Links between containers", "",
                "- **--link**: the legacy way to connect two containers", "", "## Useful links", "",
                "- **Docs**: would be a card outside this section", "", "## Meeting minutes 6/14", "",
                "- **Bob**: presented", "", "## Resources", "", "- **Book**: nope", "");
        Deck d = NotesParser.parse(text, "11.md").decks().get(0);
        assertEquals(List.of("--link"), d.cards().stream().map(Card::prompt).toList());
    }

    @Test
    void aSectionNamingTheSameChapterDoesNotSplitTheFile() {
        ParsedNotes p = NotesParser.parse("# Chapter 5: The Docker Engine\n\n- **runc**: the runtime\n\n"
                + "## Chapter 5 summary\n\n- **shim**: keeps stdio open\n", "engine.md");
        assertEquals(List.of("chapter-5"), p.decks().stream().map(Deck::name).toList());
        assertEquals(List.of("The Docker Engine", "Chapter 5 summary"), p.decks().get(0).cards().get(1).meta().context());
        assertTrue(p.problems().isEmpty(), p.problems().toString());
    }
}
