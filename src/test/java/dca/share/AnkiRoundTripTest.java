package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.Option;
import dca.notes.NotesLoader;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dca's own Anki exports, read back by dca: the same cards with the same ids, every cloze deletion included. */
class AnkiRoundTripTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private List<Deck> viaApkg(List<Deck> decks) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApkgWriter.write(decks, out, CLOCK);
        Path file = Files.createTempFile(tmp, "export", ".apkg");
        Files.write(file, out.toByteArray());
        return ApkgReader.read(file, "export.apkg", tmp, ApkgLimits.DEFAULT).decks();
    }

    private static List<Deck> viaAnkiText(List<Deck> decks) throws Exception {
        StringWriter out = new StringWriter();
        AnkiTextWriter.write(decks, out);
        return AnkiTextReader.read(out.toString(), "export");
    }

    private static void assertSame(List<Deck> expected, List<Deck> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Deck e = expected.get(i);
            Deck a = actual.get(i);
            assertEquals(e.name(), a.name());
            assertEquals(e.chapter(), a.chapter());
            assertEquals(e.title(), a.title());
            assertEquals(e.cards().stream().map(c -> c.id().value()).toList(), a.cards().stream().map(c -> c.id().value()).toList(),
                    e.name());
            for (int k = 0; k < e.cards().size(); k++) {
                Card ec = e.cards().get(k);
                Card ac = a.cards().get(k);
                assertTrue(Cards.sameContent(ec, ac), "card " + ec.id() + "\nexpected " + ec + "\nactual   " + ac);
                // (a breadcrumb starts with its chapter's title; the chapter-7 fixture borrows chapter 5's)
                if (ec.meta().context().isEmpty() || ec.meta().context().get(0).equals(e.title())) {
                    assertEquals(ec.meta().context(), ac.meta().context(), ec.id().value());
                }
                assertEquals(ec.meta().note(), ac.meta().note(), ec.id().value());
                if (ec instanceof ClozeCard ez) assertEquals(ez.text(), ((ClozeCard) ac).text());
            }
        }
    }

    @Test
    void fixturesComeBackFromBothAnkiFormats() throws Exception {
        List<Deck> decks = List.of(ShareFixtures.chapter5(), ShareFixtures.chapter7());
        assertSame(decks, viaApkg(decks));
        assertSame(decks, viaAnkiText(decks));
    }

    @Test
    void anOptionThatKeepsItsPlaceStillKeepsItAfterAnki() throws Exception {
        Deck d = ShareFixtures.chapter7();
        ChoiceCard q = (ChoiceCard) d.cards().get(1);
        List<Option> options = new java.util.ArrayList<>(q.options());
        options.add(new Option("none of the other commands", false, true));
        ChoiceCard fixed = new ChoiceCard(q.meta(), q.prompt(), options, q.explanation(), q.link());
        Deck deck = new Deck(d.name(), d.chapter(), d.title(), d.domains(), d.source(), List.of(d.cards().get(0), fixed));
        for (List<Deck> back : List.of(viaApkg(List.of(deck)), viaAnkiText(List.of(deck)))) {
            ChoiceCard read = (ChoiceCard) back.get(0).cards().get(1);
            assertEquals(new Option("none of the other commands", false, true), read.options().get(3), read.options().toString());
            assertTrue(Cards.sameContent(fixed, read));
        }
    }

    /** Every shipped chapter; its cloze sentences have second and third deletions whose ids are hashes, not {@code id-2}. */
    @Test
    void everyShippedChapterComesBackFromBothAnkiFormats() throws Exception {
        List<Deck> chapters = NotesLoader.load(Path.of("notes"));
        long laterDeletions = chapters.stream().flatMap(d -> d.cards().stream())
                .filter(c -> c instanceof ClozeCard z && z.index() > 0 && !z.id().value().equals(z.meta().note() + "-" + (z.index() + 1)))
                .count();
        assertTrue(laterDeletions > 0, laterDeletions + " later cloze deletions with ids of their own");
        assertSame(chapters, viaApkg(chapters));
        assertSame(chapters, viaAnkiText(chapters));
    }
}
