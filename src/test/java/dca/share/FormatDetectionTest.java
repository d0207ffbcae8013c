package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.notes.NotesLoader;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import formats are told by content, whatever the file is called; a file of none of them is refused naming the formats tried. */
class FormatDetectionTest {
    @TempDir
    Path tmp;

    private ImportedDecks read(String name, byte[] content) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, content);
        return DeckImporter.readFile(f, NotesLoader::load, tmp);
    }

    private ImportedDecks read(String name, String content) throws Exception {
        return read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String export(ExportFormat format, Deck... decks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(List.of(decks), out, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyExportFormatIsRecognisedUnderAnyName() throws Exception {
        Deck ch5 = ShareFixtures.chapter5();
        assertEquals(DeckImporter.Format.JSON, read("deck.data", export(ExportFormat.JSON, ch5)).format());
        assertEquals(DeckImporter.Format.ANKI_TEXT, read("deck.data", export(ExportFormat.ANKI, ch5)).format());
        assertEquals(DeckImporter.Format.QUIZLET, read("deck.data", export(ExportFormat.QUIZLET, ch5)).format());
        assertEquals(DeckImporter.Format.MARKDOWN, read("deck.data", export(ExportFormat.MD, ch5)).format());
        ByteArrayOutputStream apkg = new ByteArrayOutputStream();
        ExportFormat.APKG.write(List.of(ch5), apkg, Clock.systemUTC());
        assertEquals(DeckImporter.Format.APKG, read("deck.json", apkg.toByteArray()).format());
    }

    @Test
    void dcasOwnQuizletExportComesBackCardForCard() throws Exception {
        ImportedDecks q = read("chapter-5.quizlet", export(ExportFormat.QUIZLET, ShareFixtures.chapter5()));
        Deck d = q.decks().get(0);
        assertEquals("chapter-5", d.name());
        assertEquals(6, d.cards().size());
        assertEquals("What is runc?", d.cards().get(0).prompt());
        assertEquals("--log-driver; per container, or in daemon.json", d.cards().get(1).answer());
        ChoiceCard choice = (ChoiceCard) d.cards().get(5);
        assertEquals("A swarm has five managers. How many can fail while it can still schedule?", choice.prompt());
        assertEquals("2", choice.answer());
        assertEquals(4, choice.options().size());
        assertEquals("Raft needs a majority: 3 of 5.", choice.explanation());
    }

    @Test
    void filesThatAreNoDeckAreRefusedNamingTheFormatsTried() throws Exception {
        String readme = "# My project\n\nSome text about it.\n\n    Q: this is an indented example\n\n```\n- [x] in code\n```\n\n"
                + "- a list\n- of things\n\nA `Q: inline` mention.\n";
        for (String[] f : List.of(new String[] {"README.md", readme}, new String[] {"notes.txt", "just some words\nand more\n"},
                new String[] {"x.quizlet", "one line without a tab\n"})) {
            ImportException e = assertThrows(ImportException.class, () -> read(f[0], f[1]));
            assertEquals(f[0] + " holds no cards dca can read as deck JSON, Anki package, Anki text, Quizlet (term TAB definition)"
                    + " or dca Markdown", e.getMessage());
        }
        ImportException sqlite = assertThrows(ImportException.class, () -> read("collection.anki2", "SQLite format 3\0rest"));
        assertTrue(sqlite.getMessage().contains("is an SQLite database, not a deck file"), sqlite.getMessage());
    }

    @Test
    void theRealReadmeAndAChapterOfNotes() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> read("README.md", Files.readAllBytes(Path.of("README.md"))));
        assertTrue(e.getMessage().startsWith("README.md holds no cards dca can read"), e.getMessage());
        ImportedDecks notes = read("05.md", Files.readAllBytes(Path.of("notes/05-the-docker-engine.md")));
        assertEquals(DeckImporter.Format.MARKDOWN, notes.format());
        assertTrue(notes.decks().get(0).cards().size() > 20);
    }

    @Test
    void headerlessTabColumnsAreAnkiTextAndHtmlIsToldApart() throws Exception {
        ImportedDecks cols = read("cards.tsv", "front one\tback one\ttag1\nfront two\tback two\ttag2\n");
        assertEquals(DeckImporter.Format.ANKI_TEXT, cols.format());
        assertEquals("back two", cols.decks().get(0).cards().get(1).answer());
        // two columns of plain text are Quizlet's; "<image>" in them is text, not a tag
        ImportedDecks plain = read("cards.txt", "docker run <image>\tstarts a container\n");
        assertEquals(DeckImporter.Format.QUIZLET, plain.format());
        assertEquals("docker run <image>", plain.decks().get(0).cards().get(0).prompt());
        ImportedDecks html = read("cards.txt", "What is <b>runc</b>?\tthe OCI runtime<br>by Docker\n");
        assertEquals(DeckImporter.Format.ANKI_TEXT, html.format());
        assertEquals("What is runc?", html.decks().get(0).cards().get(0).prompt());
    }

    @Test
    void ankiTextCommentLinesAreSkippedAsAnkiSkipsThem() throws Exception {
        StringWriter w = new StringWriter();
        AnkiTextWriter.write(List.of(ShareFixtures.chapter5()), w);
        assertTrue(w.toString().contains("\n# dca notes for Anki"), w.toString());
        assertEquals(6, AnkiTextReader.read(w.toString(), "x").get(0).cards().size());
    }
}
