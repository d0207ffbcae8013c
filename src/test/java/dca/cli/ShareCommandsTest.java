package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.ExitCode;
import dca.deck.Deck;
import dca.deck.DeckJson;
import dca.share.ShareFixtures;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and import driven through the real command line, each user in a home of their own. */
class ShareCommandsTest {
    @TempDir
    Path tmp;

    Path alice;
    Path bob;

    @BeforeEach
    void homes() throws Exception {
        alice = Files.createDirectories(tmp.resolve("alice"));
        bob = Files.createDirectories(tmp.resolve("bob"));
        ShareFixtures.store(alice.resolve(".local/share"), ShareFixtures.chapter5(), ShareFixtures.chapter7());
    }

    /** A user whose notes are an empty directory: only the decks stored in their home exist. */
    private CliHarness user(Path home) throws java.io.IOException {
        Path noNotes = Files.createDirectories(tmp.resolve("no-notes"));
        return new CliHarness(home).env("DCA_NOW", "2026-12-01T09:00:00Z").env("DCA_NOTES", noNotes.toString());
    }

    private static List<Deck> readDecks(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return DeckJson.read(r);
        }
    }

    /** The deck as stored under another name: the same cards. */
    private static Deck renamed(Deck d, String name) {
        return new Deck(name, d.chapter(), d.title(), d.domains(), d.source(), d.cards());
    }

    @Test
    void jsonExportImportsIntoAnEmptyHomeWithIdenticalCardsAndIds() throws Exception {
        CliHarness.Result out = user(alice).run("export", "chapter-5", "--format", "json");
        assertEquals(0, out.code(), out.err());
        Path file = bob.resolve("ch5.json");
        Files.writeString(file, out.out());

        CliHarness.Result in = user(bob).run("import", "ch5.json");
        assertEquals(0, in.code(), in.err());
        // a chapter name is never taken by an import: the file's name is the deck's prefix
        assertTrue(in.out().contains("imported ch5/chapter-5 (The Docker Engine): 6 cards, 6 added, 0 changed, 0 removed"), in.out());
        assertTrue(in.out().contains("the file calls it \"chapter-5\"; stored as ch5/chapter-5"), in.out());
        List<Deck> stored = readDecks(bob.resolve(".local/share/dca/decks/ch5/chapter-5.json"));
        assertEquals(List.of(renamed(ShareFixtures.chapter5(), "ch5/chapter-5")), stored);

        // the imported deck is now a deck like any other, reached by its name
        CliHarness.Result again = user(bob).run("export", "ch5/chapter-5", "--format", "json");
        assertEquals(0, again.code(), again.err());
        assertEquals(List.of(renamed(ShareFixtures.chapter5(), "ch5/chapter-5")), DeckJson.read(new java.io.StringReader(again.out())));
    }

    @Test
    void severalDecksGoIntoOneFileAndImportAsSeparateDecks() throws Exception {
        // alice's decks are imported ones: they answer only to their names, never to chapter aliases
        assertEquals(ExitCode.USAGE, user(alice).run("export", "5", "-o", "five.json").code());
        CliHarness.Result out = user(alice).run("export", "chapter-5", "chapter-7", "-o", "both.json");
        assertEquals(0, out.code(), out.err());
        assertTrue(out.out().contains("wrote 8 cards from chapter-5, chapter-7 to both.json (json)"), out.out());
        Files.copy(alice.resolve("both.json"), bob.resolve("both.json"));
        CliHarness.Result in = user(bob).run("import", "both.json");
        assertEquals(0, in.code(), in.err());
        assertEquals(List.of(renamed(ShareFixtures.chapter7(), "both/chapter-7")),
                readDecks(bob.resolve(".local/share/dca/decks/both/chapter-7.json")));
        // --as for a file of several decks is their prefix
        CliHarness.Result as = user(bob).run("import", "both.json", "--as", "mine");
        assertEquals(0, as.code(), as.err());
        assertTrue(as.out().contains("imported mine/chapter-5 (The Docker Engine): 6 cards")
                && as.out().contains("imported mine/chapter-7 (Images): 2 cards"), as.out());
    }

    @Test
    void reimportUpdatesInPlaceAndCountsChanges() throws Exception {
        Path file = bob.resolve("ch5.json");
        Deck v1 = ShareFixtures.chapter5();
        Files.writeString(file, DeckJson.write(List.of(v1)));
        assertEquals(0, user(bob).run("import", "ch5.json").code());

        List<dca.deck.Card> cards = new java.util.ArrayList<>(v1.cards());
        dca.deck.BasicCard first = (dca.deck.BasicCard) cards.get(0);
        cards.set(0, new dca.deck.BasicCard(first.meta(), first.origin(), first.prompt(), "the OCI runtime"));
        cards.remove(4); // the list card
        cards.add(ShareFixtures.chapter7().cards().get(0));
        Deck v2 = new Deck(v1.name(), v1.chapter(), v1.title(), v1.domains(), v1.source(), cards);
        Files.writeString(file, DeckJson.write(List.of(v2)));

        CliHarness.Result in = user(bob).run("import", "ch5.json");
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("6 cards, 1 added, 1 changed, 1 removed"), in.out());
        assertEquals(List.of(renamed(v2, "ch5/chapter-5")), readDecks(bob.resolve(".local/share/dca/decks/ch5/chapter-5.json")));
    }

    @Test
    void importsAreStoredInTheDataDirectoryEvenInACheckout() throws Exception {
        Path checkout = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(checkout.resolve("decks"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Files.writeString(checkout.resolve("x.json"), DeckJson.write(List.of(ShareFixtures.chapter7())));
        CliHarness.Result in = user(bob).cwd(checkout).run("import", "x.json", "--as", "Group Images!");
        assertEquals(0, in.code(), in.err());
        assertTrue(Files.exists(bob.resolve(".local/share/dca/decks/group-images.json")), in.out());
        try (Stream<Path> left = Files.list(checkout.resolve("decks"))) {
            assertEquals(List.of(), left.toList(), "the checkout's decks/ is what dca build writes");
        }
        // and it is the same deck wherever dca runs
        CliHarness.Result elsewhere = user(bob).run("export", "group-images", "--format", "quizlet");
        assertEquals(0, elsewhere.code(), elsewhere.err());
        assertEquals(2, elsewhere.out().lines().count(), elsewhere.out());
    }

    @Test
    void exportRefusesToOverwriteWithoutForce() throws Exception {
        Files.writeString(alice.resolve("out.md"), "mine");
        CliHarness.Result r = user(alice).run("export", "chapter-5", "--format", "md", "-o", "out.md");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("out.md already exists") && r.err().contains("--force"), r.err());
        assertEquals("mine", Files.readString(alice.resolve("out.md")));
        assertEquals(0, user(alice).run("export", "chapter-5", "--format", "md", "-o", "out.md", "--force").code());
        assertTrue(Files.readString(alice.resolve("out.md")).contains("<!-- id: runc-term -->"));
    }

    @Test
    void apkgGoesToAFileNamedAfterTheDeck() throws Exception {
        CliHarness.Result r = user(alice).run("export", "chapter-5", "--format", "apkg");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        byte[] zip = Files.readAllBytes(alice.resolve("chapter-5.apkg"));
        assertEquals('P', zip[0]);
        assertEquals(ExitCode.USAGE, user(alice).run("export", "chapter-5", "--format", "apkg").code());
        assertEquals(ExitCode.USAGE, user(alice).run("export", "chapter-5", "--format", "apkg", "-o", "-").code());
        try (Stream<Path> left = Files.list(alice)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void ankiTextAndQuizletGoToStdout() throws Exception {
        CliHarness.Result anki = user(alice).run("export", "chapter-5", "--format", "anki");
        assertEquals(0, anki.code(), anki.err());
        List<String> lines = anki.out().lines().toList();
        assertEquals(List.of("#separator:tab", "#html:true", "#notetype column:1", "#deck column:2", "#guid column:3",
                "#tags column:8"), lines.subList(0, 6));
        List<String> notes = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(5, notes.size());
        // note type, deck, guid, the four fields of DCA Basic / DCA Cloze, tags
        for (String l : notes) assertEquals(8, l.split("\t", -1).length, l);

        CliHarness.Result q = user(alice).run("export", "chapter-5", "--format", "quizlet");
        assertEquals(0, q.code(), q.err());
        List<String> ql = q.out().lines().toList();
        assertEquals(6, ql.size());
        assertTrue(ql.contains("Which flag sets the log driver?\t--log-driver; per container, or in daemon.json"), q.out());
    }

    @Test
    void ankiTextImportsBackWithTheSameIds() throws Exception {
        CliHarness.Result anki = user(alice).run("export", "chapter-5", "--format", "anki");
        Files.writeString(bob.resolve("ch5.txt"), anki.out());
        CliHarness.Result in = user(bob).run("import", "ch5.txt");
        assertEquals(0, in.code(), in.err());
        // the Anki deck DCA::Chapter 05 … is in the group dca
        Deck back = readDecks(bob.resolve(".local/share/dca/decks/dca/chapter-5.json")).get(0);
        Deck orig = ShareFixtures.chapter5();
        assertEquals("The Docker Engine", back.title());
        assertEquals(orig.cards().stream().map(c -> c.id().value()).toList(),
                back.cards().stream().map(c -> c.id().value()).toList());
        for (int i = 0; i < orig.cards().size(); i++) {
            assertEquals(orig.cards().get(i).kind(), back.cards().get(i).kind());
            assertEquals(orig.cards().get(i).prompt(), back.cards().get(i).prompt());
            assertEquals(orig.cards().get(i).answer(), back.cards().get(i).answer());
            assertEquals(orig.cards().get(i).meta().context(), back.cards().get(i).meta().context());
            assertEquals(orig.cards().get(i).meta().tags(), back.cards().get(i).meta().tags());
        }
    }

    @Test
    void apkgImportsBackWithTheSameCardsAndIds() throws Exception {
        assertEquals(0, user(alice).run("export", "chapter-5", "chapter-7", "-o", "group.apkg").code());
        Files.copy(alice.resolve("group.apkg"), bob.resolve("group.apkg"));
        CliHarness.Result in = user(bob).run("import", "group.apkg");
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("read group.apkg as Anki package: 2 decks"), in.out());
        for (Deck orig : List.of(ShareFixtures.chapter5(), ShareFixtures.chapter7())) {
            Deck back = readDecks(bob.resolve(".local/share/dca/decks/dca/" + orig.name() + ".json")).get(0);
            assertEquals("dca/" + orig.name(), back.name());
            assertEquals(orig.title(), back.title());
            assertEquals(orig.cards().stream().map(c -> c.id().value()).toList(), back.cards().stream().map(c -> c.id().value()).toList());
            for (int i = 0; i < orig.cards().size(); i++) {
                assertTrue(dca.share.Cards.sameContent(orig.cards().get(i), back.cards().get(i)),
                        orig.cards().get(i) + "\n" + back.cards().get(i));
            }
        }
    }

    @Test
    void unknownDeckIsAUsageError() throws Exception {
        CliHarness.Result r = user(alice).run("export", "chapter-99");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("dca: no deck named"), r.err());
    }

    @Test
    void aDeckTheNotesAlsoHaveIsStoredBesideThemAndBothAreReachable() throws Exception {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("05-the-docker-engine.md"), "# The Docker Engine\n\nQ: What is runc?\n\nA: a runtime\n");
        Files.writeString(bob.resolve("alice.json"), DeckJson.write(List.of(ShareFixtures.chapter5())));
        CliHarness bobs = new CliHarness(bob).env("DCA_NOTES", notes.toString());
        CliHarness.Result in = bobs.run("import", "alice.json");
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("stored as alice/chapter-5 (your notes' decks are reached by chapter-5)"), in.out());
        assertEquals(1, bobs.run("export", "chapter-5", "--format", "quizlet").out().lines().count(), "the notes' own deck");
        assertEquals(1, bobs.run("export", "5", "--format", "quizlet").out().lines().count(), "and its aliases");
        assertEquals(6, bobs.run("export", "alice/chapter-5", "--format", "quizlet").out().lines().count(), "the imported one");
        CliHarness.Result as = bobs.run("import", "alice.json", "--as", "engine-extra");
        assertEquals(0, as.code(), as.err());
        assertEquals(6, bobs.run("export", "engine-extra", "--format", "quizlet").out().lines().count());
        CliHarness.Result taken = bobs.run("import", "alice.json", "--as", "ch5");
        assertEquals(ExitCode.USAGE, taken.code());
        assertTrue(taken.err().contains("--as ch5 is a name of your notes' decks"), taken.err());
    }

    @Test
    void mdRefusesSeveralDecksWhenOneHasNoChapterNumber() throws Exception {
        ShareFixtures.store(bob.resolve(".local/share"), ShareFixtures.chapter5());
        Deck loose = new Deck("loose", 0, "Loose ends", List.of(), "", ShareFixtures.chapter7().cards());
        ShareFixtures.store(bob.resolve(".local/share"), loose);
        CliHarness.Result r = user(bob).run("export", "chapter-5", "loose", "--format", "md");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("loose has no chapter number"), r.err());
    }

    @Test
    void mdExportImportsIntoAnEmptyHomeAndParserProblemsAreCounted() throws Exception {
        CliHarness.Result out = user(alice).run("export", "chapter-5", "--format", "md");
        assertEquals(0, out.code(), out.err());
        Files.writeString(bob.resolve("ch5.md"), out.out() + "\nQ: a question nobody answered\n");
        CliHarness.Result in = user(bob).run("import", "ch5.md");
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("imported ch5/chapter-5 (The Docker Engine): 6 cards, 6 added"), in.out());
        assertTrue(in.out().contains("1 problem in ch5.md skipped some of its cards; dca check ch5.md lists them"), in.out());
        Deck back = readDecks(bob.resolve(".local/share/dca/decks/ch5/chapter-5.json")).get(0);
        assertEquals(ShareFixtures.chapter5().cards().stream().map(c -> c.id().value()).toList(),
                back.cards().stream().map(c -> c.id().value()).toList());
    }

    @Test
    void aDifferentDeckWithTheSameNameIsNotReplacedSilently() throws Exception {
        Files.writeString(bob.resolve("a.json"), DeckJson.write(List.of(ShareFixtures.chapter5())));
        assertEquals(0, user(bob).run("import", "a.json", "--prefix", "group").code());
        Deck other = new Deck("chapter-5", 5, "The Docker Engine", List.of(), "", ShareFixtures.chapter7().cards());
        Files.writeString(bob.resolve("b.json"), DeckJson.write(List.of(other)));
        CliHarness.Result r = user(bob).run("import", "b.json", "--prefix", "group");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("a different deck is stored under that name: group/chapter-5 (0 of its 6 cards are in the file)"), r.err());
        assertEquals(List.of(renamed(ShareFixtures.chapter5(), "group/chapter-5")),
                readDecks(bob.resolve(".local/share/dca/decks/group/chapter-5.json")));
        CliHarness.Result forced = user(bob).run("import", "b.json", "--prefix", "group", "--replace");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.out().contains("2 cards, 2 added, 0 changed, 6 removed"), forced.out());
    }
}
