package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.CardDomain;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Option;
import dca.notes.NotesLoader;
import dca.notes.Objectives;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped curriculum keeps the size and coverage it promises, so an edit to notes/ cannot
 * silently drop chapters, cards or questions.
 */
class CurriculumTest {
    private static List<Deck> decks;

    @BeforeAll
    static void load() throws Exception {
        decks = NotesLoader.load(Path.of("notes"));
    }

    @Test
    void seventeenChapterDecksOfAtLeast25Cards() {
        assertEquals(17, decks.size());
        for (int i = 0; i < 17; i++) {
            Deck d = decks.get(i);
            assertEquals(i + 1, d.chapter(), d.name());
            assertEquals("chapter-" + (i + 1), d.name());
            assertTrue(d.cards().size() >= 25, d.name() + " has " + d.cards().size() + " cards");
            assertTrue(!d.domains().isEmpty(), d.name() + " has no domain");
        }
        int total = decks.stream().mapToInt(d -> d.cards().size()).sum();
        assertTrue(total >= 700, "cards in all: " + total);
    }

    @Test
    void choiceQuestionsMeetTheCountsPerDomain() {
        Map<Domain, Integer> perDomain = new EnumMap<>(Domain.class);
        int total = 0;
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                if (c instanceof ChoiceCard) {
                    total++;
                    perDomain.merge(CardDomain.of(c, d).orElseThrow(), 1, Integer::sum);
                }
            }
        }
        assertTrue(total >= 200, "questions: " + total);
        Map<Domain, Integer> minimum = Map.of(Domain.ORCHESTRATION, 50, Domain.IMAGES, 40,
                Domain.INSTALLATION, 30, Domain.NETWORKING, 30, Domain.SECURITY, 30, Domain.STORAGE, 20);
        for (Map.Entry<Domain, Integer> m : minimum.entrySet()) {
            int have = perDomain.getOrDefault(m.getKey(), 0);
            assertTrue(have >= m.getValue(), m.getKey().slug() + ": " + have + " questions, need " + m.getValue());
        }
    }

    @Test
    void everyQuestionHasFourOptionsARightOneAnExplanationAndALink() {
        List<String> bad = new ArrayList<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                if (!(c instanceof ChoiceCard q)) continue;
                String where = c.source().toString();
                if (q.options().size() < 4) bad.add(where + ": fewer than four options");
                if (q.correctOptions().isEmpty()) bad.add(where + ": no right option");
                if (q.explanation().isBlank()) bad.add(where + ": no explanation");
                if (!q.link().startsWith("https://")) bad.add(where + ": no documentation link");
                for (Option o : q.options()) {
                    String t = o.text().toLowerCase(Locale.ROOT);
                    // DOMC shows options one at a time: an option that points at the others is meaningless.
                    if (t.contains("all of the above") || t.contains("none of the above") || t.matches("both .* and .*")) {
                        bad.add(where + ": option does not stand alone: " + o.text());
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void everyObjectiveHasThreeCardsAndAQuestion() {
        Map<String, Integer> cards = new HashMap<>();
        Map<String, Integer> questions = new HashMap<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                for (String tag : c.meta().tags()) {
                    cards.merge(tag, 1, Integer::sum);
                    if (c instanceof ChoiceCard) questions.merge(tag, 1, Integer::sum);
                }
            }
        }
        List<String> short_ = new ArrayList<>();
        for (Objectives.Objective o : Objectives.all()) {
            if (cards.getOrDefault(o.id(), 0) < 3 || questions.getOrDefault(o.id(), 0) < 1) {
                short_.add(o.id() + " cards=" + cards.getOrDefault(o.id(), 0) + " questions=" + questions.getOrDefault(o.id(), 0));
            }
        }
        assertTrue(short_.isEmpty(), String.join("\n", short_));
    }

    @Test
    void cardIdsAreUniqueAcrossTheCurriculum() {
        Set<String> seen = new HashSet<>();
        List<String> dup = new ArrayList<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                if (!seen.add(c.id().value())) dup.add(c.id() + " at " + c.source());
            }
        }
        assertTrue(dup.isEmpty(), "cards sharing an id would share progress:\n" + String.join("\n", dup));
    }
}
