package dca.cli.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.deck.Deck;
import dca.deck.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the drill's e key opens a card, wherever dca runs, and what it says after. */
class EditorLauncherTest {
    @TempDir
    Path dir;

    final Deck deck = new Deck("chapter-5", 5, "The Docker Engine", List.of(), "notes/05-engine.md", List.of());
    final Source source = new Source("notes/05-engine.md", 8);

    Env env(Path cwd) {
        return new Env(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), Map.of(), cwd);
    }

    Path notesIn(Path root) throws Exception {
        Path f = root.resolve("notes/05-engine.md");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "# 5: The Docker Engine\n");
        return f;
    }

    @Test
    void bundledNotesAreEditedInTheCheckoutTheJarWasBuiltFrom() throws Exception {
        Path checkout = dir.resolve("checkout");
        Path file = notesIn(checkout);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        EditorLauncher e = new EditorLauncher(env(elsewhere), null, d -> Optional.empty(), Optional.of(checkout));
        EditorLauncher.Editable t = assertInstanceOf(EditorLauncher.Editable.class, e.target(source, deck));
        assertEquals(file, t.file());
        assertEquals(8, t.line());
        assertEquals("edited " + file + ":8 (changes show next run)", t.done());
    }

    @Test
    void bundledNotesWithoutTheirCheckoutSayWhere() {
        Path gone = dir.resolve("gone");
        EditorLauncher e = new EditorLauncher(env(dir), null, d -> Optional.empty(), Optional.of(gone));
        EditorLauncher.NotEditable t = assertInstanceOf(EditorLauncher.NotEditable.class, e.target(source, deck));
        assertEquals("this card is in the notes bundled with dca (notes/05-engine.md:8), and the checkout dca was built from ("
                + gone + ") is gone: edit the notes in a dca checkout, or study your own with --notes DIR", t.why());
    }

    @Test
    void notesGivenWithTheirPathAreFoundFromAnyDirectory() throws Exception {
        Path file = notesIn(dir.resolve("group"));
        EditorLauncher e = new EditorLauncher(env(Files.createDirectories(dir.resolve("elsewhere"))), dir.resolve("group/notes"),
                d -> Optional.empty(), Optional.empty());
        EditorLauncher.Editable t = assertInstanceOf(EditorLauncher.Editable.class, e.target(source, deck));
        assertEquals(file, t.file());
        assertEquals("edited notes/05-engine.md:8 (changes show next run)", t.done());
        EditorLauncher.NotEditable missing = assertInstanceOf(EditorLauncher.NotEditable.class,
                e.target(new Source("notes/99-none.md", 1), deck));
        assertEquals("cannot find notes/99-none.md (looked in " + dir.resolve("group/notes") + " and " + dir.resolve("elsewhere") + ")",
                missing.why());
    }

    /** An imported deck is read from its stored copy: an edit shows only once the file is imported again. */
    @Test
    void anImportedDeckDoesNotClaimChangesShowNextRun() throws Exception {
        Path kept = dir.resolve("data/dca/decks/chapter-5.json");
        DeckSources.Imported unknown = new DeckSources.Imported(kept, "");
        EditorLauncher away = new EditorLauncher(env(dir), null, d -> Optional.of(unknown), Optional.empty());
        EditorLauncher.NotEditable t = assertInstanceOf(EditorLauncher.NotEditable.class, away.target(source, deck));
        assertEquals("this card is from the imported deck chapter-5 (kept in " + kept
                + "): edit the file you imported it from and run dca import FILE again", t.why());

        Path file = notesIn(dir);
        Path group = dir.resolve("group.md");
        Files.writeString(group, "# 5: The Docker Engine\n");
        DeckSources.Imported fromGroup = new DeckSources.Imported(kept, group.toString());
        EditorLauncher here = new EditorLauncher(env(dir), null, d -> Optional.of(fromGroup), Optional.empty());
        EditorLauncher.Editable e = assertInstanceOf(EditorLauncher.Editable.class, here.target(source, deck));
        assertEquals(file, e.file());
        assertEquals("edited " + file + ":8; the deck is imported: run dca import " + group + " again for the change to show", e.done());
        Files.delete(file);
        EditorLauncher.Editable origin = assertInstanceOf(EditorLauncher.Editable.class, here.target(source, deck));
        assertEquals(group, origin.file(), "the file it was imported from, when the card's own is not at hand");
        assertEquals("edited " + group + "; the deck is imported: run dca import " + group + " again for the change to show", origin.done());
    }

    @Test
    void aCardWithoutASourceSaysSo() {
        EditorLauncher e = new EditorLauncher(env(dir), null, d -> Optional.empty(), Optional.empty());
        assertEquals("this card has no source file",
                assertInstanceOf(EditorLauncher.NotEditable.class, e.target(new Source("", 0), deck)).why());
    }
}
