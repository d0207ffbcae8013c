package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Kind;
import dca.deck.Option;
import dca.notes.MarkdownWriter;
import dca.notes.NotesLoader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export md → the notes parser → the same cards with the same ids. */
class MarkdownRoundTripTest {
    @TempDir
    Path tmp;

    private List<Deck> roundTrip(Deck deck, String fileName) throws Exception {
        StringWriter md = new StringWriter();
        MarkdownWriter.write(List.of(deck), md);
        Path file = tmp.resolve(fileName);
        Files.writeString(file, md.toString());
        return NotesLoader.load(file);
    }

    static void assertSameCards(Deck expected, Deck actual) {
        assertSameCards(expected, actual, true);
    }

    /** Breadcrumbs the parser shortened (ending in …) may be cut at another word the second time. */
    private static boolean sameCrumb(String e, String a) {
        if (e.equals(a)) return true;
        if (!e.endsWith("…") && !a.endsWith("…")) return false;
        String x = e.replaceFirst("…$", "");
        String y = a.replaceFirst("…$", "");
        return x.startsWith(y) || y.startsWith(x);
    }

    static void assertSameCards(Deck expected, Deck actual, boolean context) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.chapter(), actual.chapter());
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.domains(), actual.domains());
        assertEquals(expected.cards().stream().map(c -> c.id().value()).toList(),
                actual.cards().stream().map(c -> c.id().value()).toList());
        for (int i = 0; i < expected.cards().size(); i++) {
            Card e = expected.cards().get(i);
            Card a = actual.cards().get(i);
            assertTrue(Cards.sameContent(e, a), "card " + e.id() + "\nexpected " + e + "\nactual   " + a);
            if (context) {
                List<String> ec = e.meta().context();
                List<String> ac = a.meta().context();
                boolean same = ec.size() == ac.size();
                for (int k = 0; same && k < ec.size(); k++) same = sameCrumb(ec.get(k), ac.get(k));
                assertTrue(same, "context of " + e.id() + ": expected " + ec + " but was " + ac);
            }
        }
    }

    @Test
    void chapterDeckComesBackWithTheSameCardsAndIds() throws Exception {
        List<Deck> back = roundTrip(ShareFixtures.chapter5(), "shared.md");
        assertEquals(1, back.size());
        assertSameCards(ShareFixtures.chapter5(), back.get(0));
    }

    @Test
    void awkwardTextSurvives() throws Exception {
        String clozeText = "Run {{`docker swarm init`}} on the *first* manager, then {{`docker swarm join`}}";
        List<Card> cards = new ArrayList<>(List.of(
                new BasicCard(ShareFixtures.meta("markup", null, "security"), BasicCard.Origin.QA,
                        "Why is `--privileged` (#1 #risk in audits) risky for a <container> & its _host_?",
                        "It gives **all** capabilities\n1. devices\n== done ==\n---\n+ more\n- mounted [sic] {{x}}"),
                new BasicCard(ShareFixtures.meta("with-list", null, "security"), BasicCard.Origin.DETAILS,
                        "What does a user namespace remap?", "uids and gids:\n- root in the container\n- to an unprivileged user"),
                new ChoiceCard(ShareFixtures.meta("linked", null, "security", "o5.1"), "Which signs images?",
                        List.of(new Option("Docker Content Trust", true), new Option("seccomp", false),
                                new Option("It depends on the registry", false, true)),
                        "DCT uses Notary\nkeys live in ~/.docker/trust", "https://docs.docker.com/engine/security/trust/")));
        ClozeCard probe0 = new ClozeCard(ShareFixtures.meta("x", null), clozeText, 0);
        ClozeCard probe1 = new ClozeCard(ShareFixtures.meta("x", null), clozeText, 1);
        CardId id0 = CardId.of(Kind.CLOZE, "chapter-12", probe0.prompt());
        CardId id1 = CardId.of(Kind.CLOZE, "chapter-12", probe1.prompt());
        cards.add(new ClozeCard(ShareFixtures.meta(id0.value(), id0.value(), "orchestration"), clozeText, 0));
        cards.add(new ClozeCard(ShareFixtures.meta(id1.value(), id0.value(), "orchestration"), clozeText, 1));
        // a cloze card whose sibling ids follow no pattern comes back as a sentence of its own
        cards.add(new ClozeCard(ShareFixtures.meta("odd-one", "odd", "storage"), "Volumes live in {{/var/lib/docker/volumes}} by {{default}}", 1));
        Deck deck = new Deck("chapter-12", 12, "Security: the *hard* parts", List.of(Domain.SECURITY, Domain.ORCHESTRATION),
                "x.md", cards);
        List<Deck> back = roundTrip(deck, "awkward.md");
        assertEquals(1, back.size());
        assertSameCards(deck, back.get(0), false); // the fixtures' breadcrumbs name another chapter
        assertEquals(id0.value(), back.get(0).cards().get(4).meta().note());
    }

    @Test
    void severalDecksBecomeChapterSectionsOfOneFile() throws Exception {
        StringWriter md = new StringWriter();
        MarkdownWriter.write(List.of(ShareFixtures.chapter5(), ShareFixtures.chapter7()), md);
        Path file = tmp.resolve("two.md");
        Files.writeString(file, md.toString());
        List<Deck> back = NotesLoader.load(file);
        assertEquals(List.of("chapter-5", "chapter-7"), back.stream().map(Deck::name).toList());
        assertEquals(ShareFixtures.chapter7().cards().stream().map(c -> c.id().value()).toList(),
                back.get(1).cards().stream().map(c -> c.id().value()).toList());
    }

    /** Every chapter dca ships, as the parser reads it, must survive md export and re-parsing. */
    @Test
    void everyShippedChapterRoundTrips() throws Exception {
        List<Deck> chapters = NotesLoader.load(Path.of("notes"));
        assertTrue(chapters.size() >= 10, "notes/ holds " + chapters.size() + " decks");
        int cards = 0;
        for (Deck d : chapters) {
            List<Deck> back = roundTrip(d, d.name() + ".md");
            assertEquals(1, back.size(), d.name());
            assertSameCards(d, back.get(0));
            cards += d.cards().size();
        }
        assertTrue(cards > 300, cards + " cards");
    }
}
