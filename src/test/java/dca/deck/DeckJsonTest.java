package dca.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckJsonTest {
    private static CardMeta meta(Kind kind, String prompt) {
        return new CardMeta(CardId.of(kind, prompt), null, List.of("The Docker Engine", "Components"),
                new Source("notes/05-the-docker-engine.md", 12), List.of("installation", "o3.2"));
    }

    static Deck sample() {
        return new Deck("chapter-5", 5, "The Docker Engine", List.of(Domain.INSTALLATION), "notes/05.md", List.of(
                new BasicCard(meta(Kind.BASIC, "runc"), BasicCard.Origin.TERM, "runc", "the OCI runtime"),
                new ClozeCard(meta(Kind.CLOZE, "x"), "The daemon listens on {{/var/run/docker.sock}} by {{default}}", 0),
                new ListCard(meta(Kind.LIST, "Name the parts"), "Name the parts", List.of("dockerd", "containerd")),
                new ChoiceCard(meta(Kind.CHOICE, "Which?"), "Which?",
                        List.of(new Option("runc", true), new Option("LXC", false), new Option("Neither", false, true)),
                        "because", "https://docs.docker.com/")));
    }

    @Test
    void roundTripKeepsEveryCardAndId() throws Exception {
        Deck deck = sample();
        String json = DeckJson.write(List.of(deck));
        List<Deck> back = DeckJson.read(new StringReader(json));
        assertEquals(List.of(deck), back);
    }

    @Test
    void clozePromptHidesOnlyItsOwnPart() {
        ClozeCard c = (ClozeCard) sample().cards().get(1);
        assertEquals("The daemon listens on [...] by default", c.prompt());
        assertEquals("/var/run/docker.sock", c.answer());
    }

    @Test
    void idIgnoresWhitespaceAndEmphasisButNotCaseKindOrDeck() {
        assertEquals(CardId.of(Kind.BASIC, "What is **runc**?"), CardId.of(Kind.BASIC, "What  is runc?"));
        assertNotEquals(CardId.of(Kind.BASIC, "-p"), CardId.of(Kind.BASIC, "-P"));
        assertNotEquals(CardId.of(Kind.BASIC, "runc"), CardId.of(Kind.CLOZE, "runc"));
        assertNotEquals(CardId.of(Kind.BASIC, "chapter-15", "Secret"), CardId.of(Kind.BASIC, "chapter-17", "Secret"));
        assertEquals(CardId.of(Kind.BASIC, "chapter-15", "Secret"), CardId.of(Kind.BASIC, "Chapter-15", "Secret"));
    }

    @Test
    void badJsonNamesLineAndColumn() {
        DeckFormatException e = assertThrows(DeckFormatException.class,
                () -> DeckJson.read(new StringReader("{\"format\":\"dca-deck\",\n \"version\": }")));
        assertEquals(2, e.line());
        assertTrue(e.describe().startsWith("line 2, column"), e.describe());
    }

    @Test
    void newerVersionIsRefused() {
        DeckFormatException e = assertThrows(DeckFormatException.class,
                () -> DeckJson.read(new StringReader("{\"format\":\"dca-deck\",\"version\":9,\"deck\":{},\"cards\":[]}")));
        assertTrue(e.getMessage().contains("version 9"), e.getMessage());
    }
}
