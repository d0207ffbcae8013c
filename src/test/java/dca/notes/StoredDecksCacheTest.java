package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dca.deck.Card;
import dca.deck.Deck;
import dca.share.DeckStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decks {@code dca import} stores are JSON, listed at every review; they are kept in the notes
 * cache with its rules: used only for exactly these files with exactly this content and this parser
 * version, and an entry that is damaged is ignored and replaced. "Served from the cache" is proven by
 * planting an entry with other decks under the right key.
 */
class StoredDecksCacheTest {
    @TempDir
    Path tmp;
    Path decks;
    Path cacheDir;

    @BeforeEach
    void store() throws Exception {
        decks = tmp.resolve("decks");
        cacheDir = tmp.resolve("cache");
        new DeckStore(decks).save(List.of(deck("engine.md", "# Chapter 5: The Docker Engine\n\n- **runc**: creates the container process\n"),
                deck("swarm.md", "# Chapter 10: Swarm\n\n- **Manager**: keeps the Raft log\n")));
    }

    private Deck deck(String file, String markdown) throws Exception {
        Path f = tmp.resolve(file);
        Files.writeString(f, markdown);
        return NotesLoader.decks(NotesLoader.parseAll(f, tmp, p -> true)).get(0);
    }

    private List<Deck> list(String version) {
        return new DeckStore(decks, new NotesCache(cacheDir, version)).list();
    }

    private List<Deck> uncached() {
        return new DeckStore(decks).list();
    }

    private static List<String> prompts(List<Deck> decks) {
        return decks.stream().flatMap(d -> d.cards().stream()).map(Card::prompt).toList();
    }

    private Path entry() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            List<Path> all = s.toList();
            assertEquals(1, all.size(), "one entry: " + all);
            return all.get(0);
        }
    }

    /** Rewrites the entry with the same key and version but another deck, so a hit shows. */
    private void plant(String version) throws Exception {
        Path e = entry();
        String key = CacheEntry.keyOf(Files.readAllBytes(e));
        assertNotNull(key);
        Deck other = deck("other.md", "# Chapter 11: Networking\n\n- **Bridge**: the default network driver\n");
        Files.write(e, CacheEntry.seal(version, key, List.of(List.of(), List.of(other)), CacheEntry.DECK_FILES));
    }

    @Test
    void aSecondListingReadsTheCacheAndGetsWhatReadingTheFilesGives() throws Exception {
        List<Deck> first = list("v1");
        assertEquals(uncached(), first);
        assertEquals(List.of("Manager", "runc"), prompts(first)); // by file name: chapter-10.json first
        assertEquals(first, list("v1"));
        plant("v1");
        assertEquals(List.of("Bridge"), prompts(list("v1")), "the planted entry is what a hit returns");
    }

    @Test
    void anEditedDeckFileIsReadAgainEvenWithItsSizeAndTimeKept() throws Exception {
        list("v1");
        plant("v1");
        Path file = decks.resolve("chapter-5.json");
        FileTime time = Files.getLastModifiedTime(file);
        String json = Files.readString(file);
        String edited = json.replace("creates the container process", "creates the container PROCESS");
        assertEquals(json.length(), edited.length());
        Files.writeString(file, edited);
        Files.setLastModifiedTime(file, time);
        List<Deck> listed = list("v1");
        assertEquals(uncached(), listed);
        assertEquals("creates the container PROCESS", ((dca.deck.BasicCard) listed.get(1).cards().get(0)).answer());
    }

    @Test
    void anAddedOrRemovedDeckFileIsSeen() throws Exception {
        list("v1");
        new DeckStore(decks).save(List.of(deck("net.md", "# Chapter 11: Networking\n\n- **Overlay**: spans the swarm's hosts\n")));
        assertEquals(List.of("Manager", "Overlay", "runc"), prompts(list("v1")));
        Files.delete(decks.resolve("chapter-10.json"));
        assertEquals(List.of("Overlay", "runc"), prompts(list("v1")));
        assertEquals(uncached(), list("v1"));
    }

    @Test
    void anEntryOfAnotherParserVersionIsIgnoredAndReplaced() throws Exception {
        list("v1");
        plant("v1");
        assertEquals(List.of("Manager", "runc"), prompts(list("v2")));
        plant("v2");
        assertEquals(List.of("Bridge"), prompts(list("v2")), "the entry is v2's now");
    }

    @Test
    void aDamagedEntryIsIgnoredAndRewritten() throws Exception {
        list("v1");
        Path e = entry();
        byte[] bytes = Files.readAllBytes(e);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(e, bytes);
        assertEquals(uncached(), list("v1"));
        assertNotNull(CacheEntry.keyOf(Files.readAllBytes(entry())), "rewritten whole");
        Files.write(e, new byte[] {1, 2, 3});
        assertEquals(uncached(), list("v1"));
    }

    @Test
    void withTheCacheOffNothingIsWritten() {
        assertEquals(uncached(), new DeckStore(decks, NotesCache.off()).list());
        assertFalse(Files.exists(cacheDir));
    }
}
