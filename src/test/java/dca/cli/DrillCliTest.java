package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dca.cli.run.ExitCode;
import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.Option;
import dca.deck.OptionOrder;
import dca.notes.NotesLoader;
import dca.srs.CardState;
import dca.srs.Fsrs;
import dca.srs.FsrsParameters;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real dca in plain mode over the fixture chapter and checks the progress file against
 * states computed here with {@link Fsrs} directly (fuzz off, fixed clock).
 */
class DrillCliTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final Pattern CARD_LINE = Pattern.compile("(?m)^card: \\d+/\\d+ (\\w+) (\\S+) (\\S+) (\\w+)$");

    @TempDir
    Path home;
    Path notes;
    Path progress;
    Deck deck;
    final Fsrs fsrs = new Fsrs(FsrsParameters.defaults().withFuzz(false));
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void setUp() throws Exception {
        notes = home.resolve("notes");
        Files.createDirectories(notes);
        try (InputStream in = getClass().getResourceAsStream("/drill/05-the-docker-engine.md")) {
            Files.copy(in, notes.resolve("05-the-docker-engine.md"));
        }
        progress = home.resolve("progress.json");
        deck = NotesLoader.load(notes).get(0);
        // Fuzz off, as a user would do it, so intervals are exactly what FSRS computes.
        CliHarness.Result config = dca(NOW).run("config", "set", "fuzz", "off");
        assertEquals(0, config.code(), config.err());
    }

    CliHarness dca(Instant now) {
        return new CliHarness(home).env("DCA_NOW", now.toString()).env("DCA_PROGRESS", progress.toString())
                .env("DCA_NOTES", notes.toString());
    }

    Card card(Class<? extends Card> type, String promptPart) {
        return deck.cards().stream().filter(c -> type.isInstance(c) && c.prompt().contains(promptPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " with " + promptPart + " in " + deck.cards()));
    }

    /** One scripted answer: a grade for a flashcard, letters for a choice question. */
    record Step(Card card, String input, Rating rating) {}

    /**
     * Plays a scripted session against FSRS here, choosing cards the way DESIGN §6 and README say:
     * the main queue in order, then cards in learning steps by due time (then id) while due within
     * 20 minutes. Returns the answers in the order they are asked; fills {@code states}.
     */
    List<Step> simulate(List<Card> mainQueue, Map<CardId, ArrayDeque<String>> script, Map<CardId, MemoryState> states,
                        Instant now) {
        List<Step> steps = new ArrayList<>();
        ArrayDeque<Card> main = new ArrayDeque<>(mainQueue);
        List<Card> learning = new ArrayList<>();
        Map<CardId, Integer> answered = new HashMap<>();
        while (true) {
            learning.sort(Comparator.comparing((Card c) -> states.get(c.id()).due()).thenComparing(Card::id));
            Card next;
            if (!learning.isEmpty() && !states.get(learning.get(0).id()).due().isAfter(now)) next = learning.remove(0);
            else if (!main.isEmpty()) next = main.poll();
            else if (!learning.isEmpty() && !states.get(learning.get(0).id()).due().isAfter(now.plus(Duration.ofMinutes(20)))) next = learning.remove(0);
            else break;
            String input = script.get(next.id()).poll();
            Rating r;
            if (next instanceof ChoiceCard c) {
                // The options are shown in the order of the card's review count: answer by that order.
                int asked = answered.merge(c.id(), 1, Integer::sum) - 1;
                r = input.equals("right") ? Rating.GOOD : Rating.AGAIN;
                input = String.valueOf(letter(c, asked, r == Rating.GOOD));
            } else {
                r = Rating.parse(input).orElseThrow();
            }
            MemoryState before = states.getOrDefault(next.id(), MemoryState.fresh(now));
            MemoryState after = fsrs.next(before, r, now, next.id().value());
            states.put(next.id(), after);
            if (after.state() == CardState.LEARNING || after.state() == CardState.RELEARNING) learning.add(next);
            steps.add(new Step(next, input, r));
        }
        return steps;
    }

    /** The letter of the first right (or first wrong) option as the drill shows the card after {@code reviews} answers. */
    static char letter(ChoiceCard c, int reviews, boolean right) {
        List<Option> shown = OptionOrder.forReview(c.id(), reviews, c.options());
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).correct() == right) return (char) ('a' + i);
        }
        throw new AssertionError("no " + (right ? "right" : "wrong") + " option in " + c);
    }

    static String input(List<Step> steps) {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            if (s.card() instanceof ChoiceCard) sb.append(s.input()).append('\n');
            else sb.append('\n').append(s.input()).append('\n');
        }
        return sb.toString();
    }

    static List<String> askedIds(String out) {
        List<String> ids = new ArrayList<>();
        Matcher m = CARD_LINE.matcher(out);
        while (m.find()) ids.add(m.group(2));
        return ids;
    }

    void assertStates(Map<CardId, MemoryState> expected, int reviews) throws Exception {
        JsonNode root = json.readTree(progress.toFile());
        for (Map.Entry<CardId, MemoryState> e : expected.entrySet()) {
            JsonNode c = root.path("cards").path(e.getKey().value());
            MemoryState m = e.getValue();
            String what = "card " + e.getKey() + " " + c;
            assertEquals(m.state().label(), c.path("state").asText().toLowerCase(Locale.ROOT), what);
            assertEquals(m.step(), c.path("step").asInt(), what);
            assertEquals(m.stability(), c.path("stability").asDouble(), 1e-9, what);
            assertEquals(m.difficulty(), c.path("difficulty").asDouble(), 1e-9, what);
            assertEquals(m.due(), Instant.parse(c.path("due").asText()), what);
            assertEquals(m.lastReview(), Instant.parse(c.path("lastReview").asText()), what);
            assertEquals(m.reps(), c.path("reps").asInt(), what);
            assertEquals(m.lapses(), c.path("lapses").asInt(), what);
        }
        assertEquals(reviews, root.path("reviews").size());
    }

    Card containerd, runc, shim, cloze0, cloze1, bridge, info;

    Map<CardId, MemoryState> firstSession() throws Exception {
        containerd = card(BasicCard.class, "containerd");
        runc = card(BasicCard.class, "runc");
        shim = card(BasicCard.class, "shim");
        List<Card> cloze = deck.cards().stream().filter(c -> c instanceof ClozeCard).toList();
        cloze0 = cloze.get(0);
        cloze1 = cloze.get(1);
        bridge = card(ChoiceCard.class, "default bridge");
        info = card(BasicCard.class, "storage driver");
        Map<CardId, ArrayDeque<String>> script = new HashMap<>();
        script.put(containerd.id(), new ArrayDeque<>(List.of("4")));
        script.put(runc.id(), new ArrayDeque<>(List.of("3", "3")));
        script.put(shim.id(), new ArrayDeque<>(List.of("1", "4")));
        script.put(cloze0.id(), new ArrayDeque<>(List.of("4")));
        script.put(bridge.id(), new ArrayDeque<>(List.of("wrong", "right", "right")));
        script.put(info.id(), new ArrayDeque<>(List.of("easy")));
        Map<CardId, MemoryState> states = new LinkedHashMap<>();
        // New cards in source order; the second cloze part is the first one's sibling and waits.
        List<Step> steps = simulate(List.of(containerd, runc, shim, cloze0, bridge, info), script, states, NOW);

        CliHarness.Result r = dca(NOW).runWithInput(input(steps), "quiz", "chapter-5");
        assertEquals(0, r.code(), r.err() + r.out());
        assertEquals(steps.stream().map(s -> s.card().id().value()).toList(), askedIds(r.out()), r.out());
        assertTrue(r.out().contains("summary: reviewed=" + steps.size() + " "), r.out());
        assertStates(states, steps.size());
        return states;
    }

    @Test
    void aScriptedFirstSessionStoresExactlyTheFsrsStates() throws Exception {
        Map<CardId, MemoryState> states = firstSession();
        assertEquals(CardState.REVIEW, states.get(bridge.id()).state());
        CliHarness.Result again = dca(NOW.plusSeconds(60)).runWithInput("", "quiz", "chapter-5");
        assertTrue(again.out().contains("cards=0"), again.out());
    }

    @Test
    void aLaterSessionShowsExactlyTheCardsThenDueInOrder() throws Exception {
        Map<CardId, MemoryState> states = firstSession();
        Instant later = NOW.plus(Duration.ofDays(3));
        List<Card> due = dueAt(states, later);
        assertTrue(due.size() >= 2, "the fixture should leave cards due after three days: " + due);
        List<Card> expected = new ArrayList<>(due);
        if (!due.contains(cloze0)) expected.add(cloze1); // the only new card left, unless its sibling is due

        StringBuilder input = new StringBuilder();
        for (Card c : expected) {
            if (c instanceof ChoiceCard cc) input.append(letter(cc, states.get(cc.id()).reps(), true)).append('\n');
            else input.append("\n4\n");
        }
        CliHarness.Result r = dca(later).runWithInput(input.toString(), "quiz", "chapter-5");
        assertEquals(0, r.code(), r.err());
        assertEquals(expected.stream().map(c -> c.id().value()).toList(), askedIds(r.out()), r.out());
    }

    /** Review cards due before the end of that day (UTC here), least likely recalled first. */
    List<Card> dueAt(Map<CardId, MemoryState> states, Instant later) {
        Instant endOfDay = later.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Card> due = new ArrayList<>();
        for (Card c : deck.cards()) {
            MemoryState m = states.get(c.id());
            if (m != null && m.state() == CardState.REVIEW && m.due().isBefore(endOfDay)) due.add(c);
        }
        due.sort(Comparator.comparingDouble((Card c) -> fsrs.retrievability(states.get(c.id()), later))
                .thenComparing(c -> states.get(c.id()).due()).thenComparing(Card::id));
        return due;
    }

    @Test
    void reviewShowsOnlyDueCardsAndNoNewOnes() throws Exception {
        Map<CardId, MemoryState> states = firstSession();
        Instant later = NOW.plus(Duration.ofDays(3));
        List<Card> due = dueAt(states, later);
        CliHarness.Result r = dca(later).runWithInput("q\n", "review");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("session: review decks=chapter-5 cards=" + due.size() + " due=" + due.size() + " new=0\n"), r.out());
        assertEquals(List.of(due.get(0).id().value()), askedIds(r.out()));
        CliHarness.Result none = dca(NOW.plus(Duration.ofHours(1))).runWithInput("", "review", "5");
        assertTrue(none.out().contains("done: nothing due now"), none.out());
    }

    @Test
    void weakListPutsFailedCardsFirstAndSaysWhy() throws Exception {
        firstSession();
        CliHarness.Result r = dca(NOW.plus(Duration.ofHours(2))).run("weak", "--list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("id "), r.out());
        List<String> firstTwo = List.of(lines.get(1).split(" ")[0], lines.get(2).split(" ")[0]);
        assertTrue(firstTwo.contains(shim.id().value()) && firstTwo.contains(bridge.id().value()), r.out());
        assertTrue(lines.get(1).contains("failed 1× in 7 days") && lines.get(2).contains("failed 1× in 7 days"), r.out());
    }

    @Test
    void undoInPlainModeTakesBackTheLastAnswer() throws Exception {
        containerd = card(BasicCard.class, "containerd");
        CliHarness.Result r = dca(NOW).runWithInput("\n1\nu\n\n4\nq\n", "quiz", "chapter-5", "--limit", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("undone: " + containerd.id()), r.out());
        Map<CardId, MemoryState> expected = Map.of(containerd.id(), fsrs.next(MemoryState.fresh(NOW), Rating.EASY, NOW, containerd.id().value()));
        assertStates(expected, 1);
    }

    @Test
    void badInputIsAskedAgainAndEndOfInputSaves() throws Exception {
        CliHarness.Result r = dca(NOW).runWithInput("\nfive\n3\n", "quiz", "chapter-5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("error: grade with 1-4"), r.out());
        assertTrue(r.out().contains("summary: reviewed=1 "), r.out());
        assertEquals(1, json.readTree(progress.toFile()).path("reviews").size());
    }

    @Test
    void typedAnswersShowTheDiffAndAnEmptyGradeAcceptsTheSuggestion() throws Exception {
        CliHarness.Result r = dca(NOW).runWithInput("The daemon that manages containers\n\nq\n", "quiz", "chapter-5", "--typed");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("typed: The daemon that manages containers\n"), r.out());
        assertTrue(r.out().contains("diff: the daemon that manages [-the container lifecycle-] {+containers+}\n"), r.out());
        assertTrue(r.out().contains("suggest: again\n"), r.out());
        assertTrue(r.out().contains("graded: again "), r.out());
        assertEquals("typed", json.readTree(progress.toFile()).path("reviews").get(0).path("mode").asText());
    }

    @Test
    void choiceTurnsTermCardsIntoQuestionsWithSiblingDefinitions() throws Exception {
        containerd = card(BasicCard.class, "containerd");
        runc = card(BasicCard.class, "runc");
        CliHarness.Result r = dca(NOW).runWithInput("q\n", "quiz", "chapter-5", "--choice");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("chapter-5 choice\n"), r.out());
        assertTrue(r.out().contains(") " + containerd.answer() + "\n") && r.out().contains(") " + runc.answer() + "\n"), r.out());
        assertTrue(r.out().contains("? choose one of a-c\n"), r.out());
    }

    @Test
    void unknownDeckIsAUsageErrorWithSuggestions() {
        CliHarness.Result r = dca(NOW).run("quiz", "chapter-55");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("dca: "), r.err());
    }
}
