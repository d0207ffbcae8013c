package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dca.deck.Card;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parsed-notes cache is used only for the notes and parser it was made from: an entry for
 * edited notes, from another parser version, or damaged, is ignored and replaced, never trusted.
 * "Served from the cache" is proven by planting an entry with other cards under the right key.
 */
class NotesCacheTest {
    private static final String ENGINE = "# Chapter 5: The Docker Engine\n\n- **runc**: creates the container process\n"
            + "- **containerd**: manages the container lifecycle\n";
    private static final String SWARM = "# Chapter 10: Swarm\n\n- **Manager**: keeps the Raft log\n";

    @TempDir
    Path tmp;
    Path notes;
    Path cacheDir;

    @BeforeEach
    void notes() throws IOException {
        notes = tmp.resolve("notes");
        cacheDir = tmp.resolve("cache");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("05-engine.md"), ENGINE);
        Files.writeString(notes.resolve("10-swarm.md"), SWARM);
    }

    private List<ParsedNotes> load(String version) throws Exception {
        return new NotesCache(cacheDir, version).parseAll(notes, tmp, p -> true);
    }

    private List<ParsedNotes> fresh() throws Exception {
        return NotesLoader.parseAll(notes, tmp, p -> true);
    }

    private static List<String> prompts(List<ParsedNotes> parsed) {
        return parsed.stream().flatMap(p -> p.decks().stream()).flatMap(d -> d.cards().stream()).map(Card::prompt).toList();
    }

    private Path entry() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            List<Path> all = s.toList();
            assertEquals(1, all.size(), "one entry: " + all);
            return all.get(0);
        }
    }

    /** Rewrites the entry with the same key and version but other cards, so a hit shows. */
    private void plant(String version, String otherNotes) throws Exception {
        Path e = entry();
        String key = CacheEntry.keyOf(Files.readAllBytes(e));
        assertNotNull(key);
        Path other = tmp.resolve("other.md");
        Files.writeString(other, otherNotes);
        Files.write(e, CacheEntry.seal(version, key, NotesLoader.parseAll(other, tmp, p -> true)));
    }

    @Test
    void aSecondRunReadsTheCacheAndGetsWhatAParseGives() throws Exception {
        List<ParsedNotes> first = load("v1");
        assertEquals(fresh(), first);
        assertEquals(first, load("v1"));
        plant("v1", SWARM);
        assertEquals(List.of("Manager"), prompts(load("v1")), "the planted entry is what a hit returns");
    }

    @Test
    void editedNotesAreParsedAgainEvenWithTheSameSizeAndTime() throws Exception {
        load("v1");
        Path engine = notes.resolve("05-engine.md");
        FileTime time = Files.getLastModifiedTime(engine);
        String edited = ENGINE.replace("runc", "RUNC");
        assertEquals(ENGINE.length(), edited.length());
        Files.writeString(engine, edited);
        Files.setLastModifiedTime(engine, time);

        List<ParsedNotes> after = load("v1");
        assertEquals(fresh(), after);
        assertEquals("RUNC", prompts(after).get(0));
        assertEquals(after, load("v1"), "the entry was replaced by one for the edited notes");
    }

    @Test
    void anEntryOfAnotherParserVersionIsIgnoredAndReplaced() throws Exception {
        load("v1");
        plant("v1", SWARM); // what a parser that read these notes differently would have kept
        List<ParsedNotes> v2 = load("v2");
        assertEquals(fresh(), v2);
        byte[] replaced = Files.readAllBytes(entry());
        assertNotNull(CacheEntry.open(replaced, "v2", CacheEntry.keyOf(replaced)), "the entry is v2's now");
        plant("v2", SWARM);
        assertEquals(List.of("Manager"), prompts(load("v2")), "v2 wrote its own entry in its place");
        assertEquals(fresh(), load("v1"), "and v1 does not take v2's");
    }

    @Test
    void aDamagedEntryIsIgnoredAndRewritten() throws Exception {
        load("v1");
        Path e = entry();
        byte[] good = Files.readAllBytes(e);
        for (int at : new int[] {0, 9, good.length / 2, good.length - 1}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x5a;
            Files.write(e, bad);
            assertEquals(fresh(), load("v1"), "byte " + at + " flipped");
            assertNotNull(CacheEntry.keyOf(Files.readAllBytes(e)), "rewritten whole");
        }
        Files.write(e, java.util.Arrays.copyOf(good, good.length / 3)); // torn
        assertEquals(fresh(), load("v1"));
        Files.write(e, new byte[0]);
        assertEquals(fresh(), load("v1"));
        Files.writeString(e, "not a cache at all", StandardCharsets.UTF_8);
        assertEquals(fresh(), load("v1"));
        assertEquals(good.length, Files.size(e));
    }

    @Test
    void aChapterAndTheWholeFolderHaveEntriesOfTheirOwn() throws Exception {
        Path engine = notes.resolve("05-engine.md");
        List<ParsedNotes> one = new NotesCache(cacheDir, "v1").parseAll(notes, tmp, engine::equals);
        List<ParsedNotes> all = load("v1");
        assertEquals(NotesLoader.parseAll(notes, tmp, engine::equals), one);
        assertEquals(fresh(), all);
        assertEquals(one, new NotesCache(cacheDir, "v1").parseAll(notes, tmp, engine::equals));
        try (Stream<Path> s = Files.list(cacheDir)) {
            assertEquals(2, s.count());
        }
    }

    @Test
    void aFileAddedToTheFolderIsSeen() throws Exception {
        load("v1");
        Files.writeString(notes.resolve("11-networks.md"), "# Chapter 11: Networks\n\n- **Bridge**: the default network driver\n");
        List<ParsedNotes> after = load("v1");
        assertEquals(fresh(), after);
        assertEquals(3, after.size());
    }

    @Test
    void withoutAParserVersionNothingIsCached() throws Exception {
        assertEquals(fresh(), new NotesCache(cacheDir, null).parseAll(notes, tmp, p -> true));
        assertEquals(false, Files.exists(cacheDir));
    }

    @Test
    void anUnwritableCacheOnlyCostsAParse() throws Exception {
        Files.writeString(cacheDir, "a file where the directory should be");
        assertEquals(fresh(), load("v1"));
    }

    @Test
    void theBundledNotesCompiledCopyIsUsedOnlyForTheFileItWasMadeFrom() throws Exception {
        String version = NotesCache.parserVersion();
        assertNotNull(version, "the build writes the parser version before the tests run");
        Path classes = tmp.resolve("classes");
        Path dir = classes.resolve(BundledNotes.DIR);
        Files.createDirectories(classes.resolve(CompiledNotes.DIR));
        Files.writeString(dir.resolve("05-the-docker-engine.md"), ENGINE);
        byte[] md = Files.readAllBytes(dir.resolve("05-the-docker-engine.md"));
        Path compiled = classes.resolve(CompiledNotes.DIR + "/05-the-docker-engine.md.bin");
        List<ParsedNotes> swarm = List.of(NotesLoader.parse(SWARM.getBytes(StandardCharsets.UTF_8), "notes/05-the-docker-engine.md"));

        Files.write(compiled, CacheEntry.seal(version, NotesCache.bundledKey("05-the-docker-engine.md", md), swarm));
        assertEquals(List.of("Manager"), prompts(BundledNotes.parseAll(classes, n -> true)), "a copy that fits is used");

        Files.writeString(dir.resolve("05-the-docker-engine.md"), ENGINE.replace("runc", "RUNC"));
        assertEquals("RUNC", prompts(BundledNotes.parseAll(classes, n -> true)).get(0), "notes changed: parsed");

        md = Files.readAllBytes(dir.resolve("05-the-docker-engine.md"));
        Files.write(compiled, CacheEntry.seal(version + "-other", NotesCache.bundledKey("05-the-docker-engine.md", md), swarm));
        assertEquals("RUNC", prompts(BundledNotes.parseAll(classes, n -> true)).get(0), "other parser version: parsed");

        Files.write(compiled, new byte[] {1, 2, 3});
        assertEquals("RUNC", prompts(BundledNotes.parseAll(classes, n -> true)).get(0), "damaged: parsed");
    }

    @Test
    void theParserVersionChangesWithAnyParserClass() throws Exception {
        Path classes = tmp.resolve("classes");
        for (String pkg : List.of("dca/notes", "dca/deck", "dca/io", "dca/share")) Files.createDirectories(classes.resolve(pkg));
        Files.write(classes.resolve("dca/notes/NotesParser.class"), new byte[] {1, 2, 3});
        Files.write(classes.resolve("dca/deck/CardId.class"), new byte[] {4, 5});
        Files.writeString(classes.resolve("dca/objectives.tsv"), "o1.1\torchestration\n");
        Files.writeString(classes.resolve("dca/command-tasks.tsv"), "docker ps\tlists containers\n");
        String before = CompiledNotes.parserVersion(classes);
        assertEquals(before, CompiledNotes.parserVersion(classes), "the same classes give the same version");
        Files.write(classes.resolve("dca/deck/CardId.class"), new byte[] {4, 6});
        String after = CompiledNotes.parserVersion(classes);
        assertNotEquals(before, after);
        Files.write(classes.resolve("dca/notes/TermRule.class"), new byte[] {7});
        String withRule = CompiledNotes.parserVersion(classes);
        assertNotEquals(after, withRule, "a new rule class changes it too");
        Files.write(classes.resolve("dca/share/DeckCleaner.class"), new byte[] {8});
        String withReader = CompiledNotes.parserVersion(classes);
        assertNotEquals(withRule, withReader, "so does the stored decks' reader");
        Files.writeString(classes.resolve("dca/command-tasks.tsv"), "docker ps\tlists containers\ndocker init\tcreates starter files\n");
        assertNotEquals(withReader, CompiledNotes.parserVersion(classes), "a new command task changes it too");
        assertNull(CacheEntry.keyOf(new byte[] {1}));
    }
}
