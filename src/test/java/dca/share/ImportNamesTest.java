package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.Domain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported decks get names that never hide, nor are hidden by, the notes' decks. */
class ImportNamesTest {
    @TempDir
    Path tmp;

    private static Set<String> notesNames() {
        Set<String> names = new HashSet<>();
        for (Deck d : List.of(ShareFixtures.chapter5(), ShareFixtures.chapter7())) names.addAll(DeckCatalog.namesOf(d));
        return names;
    }

    private static Deck named(String name, String title) {
        Deck d = ShareFixtures.chapter7();
        return new Deck(name, 0, title, List.of(Domain.NETWORKING), "x", d.cards());
    }

    private static List<String> names(List<ImportNames.Named> named) {
        return named.stream().map(ImportNames.Named::name).toList();
    }

    @Test
    void chaptersDomainsAllAndNotesNamesAreReserved() {
        Set<String> notes = notesNames();
        for (String n : List.of("all", "networking", "orchestration", "5", "ch5", "chapter-5", "chapter-12", "12", "ch12",
                "the-docker-engine", "docker-engine", "images")) {
            assertTrue(ImportNames.reserved(n, notes), n);
        }
        for (String n : List.of("alice", "swarm-drill", "group/chapter-5", "dca/networking")) assertFalse(ImportNames.reserved(n, notes), n);
    }

    @Test
    void aClashGetsTheGroupOrTheFileAsPrefix() throws Exception {
        ImportedDecks json = new ImportedDecks(DeckImporter.Format.JSON,
                List.of(ShareFixtures.chapter5(), ShareFixtures.chapter7(), named("swarm-drill", "Swarm drill")), Map.of(), List.of());
        assertEquals(List.of("group/chapter-5", "group/chapter-7", "swarm-drill"),
                names(ImportNames.assign(json, "group", null, null, notesNames())));
        ImportedDecks apkg = new ImportedDecks(DeckImporter.Format.APKG, List.of(named("networking", "Networking"), named("alice", "Alice")),
                Map.of("networking", "dca"), List.of());
        List<ImportNames.Named> n = ImportNames.assign(apkg, "shared", null, null, notesNames());
        assertEquals(List.of("dca/networking", "alice"), names(n));
        assertTrue(n.get(0).renamed() && !n.get(1).renamed());
        assertEquals("your notes' decks are reached by networking", n.get(0).reason());
    }

    @Test
    void aPrefixOrAsForSeveralDecksPrefixesEveryDeck() throws Exception {
        ImportedDecks two = new ImportedDecks(DeckImporter.Format.JSON,
                List.of(ShareFixtures.chapter5(), named("swarm-drill", "Swarm drill")), Map.of(), List.of());
        assertEquals(List.of("alice/chapter-5", "alice/swarm-drill"), names(ImportNames.assign(two, "group", "alice", null, notesNames())));
        assertEquals(List.of("bob/chapter-5", "bob/swarm-drill"), names(ImportNames.assign(two, "group", null, "Bob", notesNames())));
    }

    @Test
    void asForOneDeckCannotTakeAReservedName() throws Exception {
        ImportedDecks one = new ImportedDecks(DeckImporter.Format.JSON, List.of(ShareFixtures.chapter5()), Map.of(), List.of());
        assertEquals(List.of("my-engine"), names(ImportNames.assign(one, "f", null, "My Engine", notesNames())));
        for (String bad : List.of("networking", "all", "ch5", "7", "chapter-9")) {
            ImportException e = assertThrows(ImportException.class, () -> ImportNames.assign(one, "f", null, bad, notesNames()));
            assertTrue(e.getMessage().contains("is a name of the notes' decks"), e.getMessage());
        }
    }

    @Test
    void groupedDecksAreStoredInTheirGroupAndRemembered() throws Exception {
        DeckStore store = DeckStore.imports(tmp);
        Deck d = new Deck("group/chapter-5", 5, "The Docker Engine", List.of(), "group.json", ShareFixtures.chapter5().cards());
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        store.save(List.of(d, named("alice", "Alice")), new DeckStore.Origin("group.json", at));
        assertTrue(Files.isRegularFile(tmp.resolve("decks/group/chapter-5.json")));
        assertEquals(List.of("alice", "group/chapter-5"), store.list().stream().map(Deck::name).sorted().toList());
        assertEquals(new DeckStore.Origin("group.json", at), store.origins().get("group/chapter-5"));
        assertTrue(store.remove("group/chapter-5"));
        assertFalse(Files.exists(tmp.resolve("decks/group")), "an empty group goes too");
        assertEquals(List.of("alice"), store.list().stream().map(Deck::name).toList());
        assertEquals(Set.of("alice"), store.origins().keySet());
        assertFalse(store.remove("group/chapter-5"));
        assertThrows(IllegalArgumentException.class, () -> store.pathFor("../x"));
        assertThrows(IllegalArgumentException.class, () -> store.pathFor("a/b/c"));
    }

    @Test
    void importedDecksAnswerOnlyToTheirOwnName() throws Exception {
        Deck imported = new Deck("dca/networking", 11, "Networking", List.of(Domain.NETWORKING), "shared.apkg",
                ShareFixtures.chapter7().cards());
        DeckCatalog catalog = new DeckCatalog(List.of(ShareFixtures.chapter5(), ShareFixtures.chapter7()), List.of(imported));
        assertEquals(List.of(imported), catalog.resolve("dca/networking"));
        assertTrue(catalog.isImported(imported));
        assertEquals(List.of(ShareFixtures.chapter5(), ShareFixtures.chapter7()), catalog.resolve("all"));
        assertThrows(dca.deck.UnknownDeckException.class, () -> catalog.resolve("11"));
        assertThrows(dca.deck.UnknownDeckException.class, () -> catalog.resolve("networking")); // the notes have no networking deck
        assertEquals(List.of(ShareFixtures.chapter7()), catalog.resolve("images"));
        assertTrue(catalog.completions().contains("dca/networking"));
    }
}
