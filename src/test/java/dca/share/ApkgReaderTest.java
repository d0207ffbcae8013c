package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.Domain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Packages in the three shapes Anki writes, holding every stock note type, read into the same decks. */
class ApkgReaderTest {
    @TempDir
    Path tmp;

    private ImportedDecks read(AnkiPackages.Shape shape) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path file = tmp.resolve("group.apkg");
        Files.write(file, AnkiPackages.apkg(shape, AnkiPackages.standard(), work));
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        ImportedDecks read = ApkgReader.read(file, "group.apkg", temp, ApkgLimits.DEFAULT);
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "the unpacked collection is deleted");
        }
        return read;
    }

    private static String id(String guid) {
        return "anki-" + AnkiCards.hash(guid);
    }

    @ParameterizedTest
    @EnumSource(AnkiPackages.Shape.class)
    void everyStockNoteTypeBecomesTheCardsAnkiShows(AnkiPackages.Shape shape) throws Exception {
        ImportedDecks read = read(shape);
        assertEquals(DeckImporter.Format.APKG, read.format());
        assertEquals(List.of("networking", "chapter-7"), read.decks().stream().map(Deck::name).toList());
        assertEquals(Map.of("networking", "dca", "chapter-7", "docker-group"), read.groups());

        Deck net = read.decks().get(0);
        assertEquals("Networking", net.title());
        assertEquals(List.of(Domain.NETWORKING), net.domains());
        List<Card> c = net.cards();
        assertEquals(7, c.size(), c.toString()); // basic, reversed (2), typing, cloze (3)

        BasicCard basic = (BasicCard) c.get(0);
        assertEquals(id("Fx1!basic"), basic.id().value());
        assertEquals("What does docker network ls list?", basic.prompt());
        assertEquals("All networks the daemon knows", basic.answer());
        assertEquals(List.of("networking", "o4.1"), basic.meta().tags());
        assertEquals(List.of("Networking"), basic.meta().context());

        assertEquals(List.of("overlay", "a network that spans swarm nodes"), List.of(c.get(1).prompt(), c.get(1).answer()));
        assertEquals(List.of("a network that spans swarm nodes", "overlay"), List.of(c.get(2).prompt(), c.get(2).answer()));
        assertEquals(List.of(id("Rv2@reversed"), id("Rv2@reversed") + "-2"), List.of(c.get(1).id().value(), c.get(2).id().value()));

        assertEquals(List.of("Name of the default bridge on Linux?", "docker0"), List.of(c.get(3).prompt(), c.get(3).answer()));

        ClozeCard z1 = (ClozeCard) c.get(4);
        ClozeCard z3 = (ClozeCard) c.get(6);
        assertEquals("Overlay traffic uses {{c1::VXLAN::a protocol}} on UDP port {{c2::4789}}; gossip on {{c3::7946}}", z1.text());
        assertEquals("Overlay traffic uses [a protocol] on UDP port 4789; gossip on 7946", z1.prompt());
        assertEquals("VXLAN", z1.answer());
        assertEquals("7946", z3.answer());
        assertEquals(2, z3.index());
        assertEquals(List.of(id("Cz4$cloze"), id("Cz4$cloze") + "-2", id("Cz4$cloze") + "-3"),
                c.subList(4, 7).stream().map(x -> x.id().value()).toList());
        assertEquals(z1.meta().note(), z3.meta().note());
        assertEquals(List.of("Networking", "Swarm ports"), z1.meta().context());

        Deck images = read.decks().get(1);
        assertEquals(7, images.chapter());
        assertEquals("Images", images.title());
        assertEquals(1, images.cards().size());
        assertEquals("layer", images.cards().get(0).prompt());
        assertEquals("a read-only filesystem diff\neach RUN adds one", images.cards().get(0).answer());

        assertEquals(List.of(
                "1 note of note type \"Vocab\": first field as the question, the other fields as the answer",
                "2 image, sound or video references dropped (dca shows text only)"), read.notices());
    }
}
