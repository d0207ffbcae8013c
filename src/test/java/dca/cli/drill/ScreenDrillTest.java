package dca.cli.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.Env;
import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Kind;
import dca.deck.Option;
import dca.deck.OptionOrder;
import dca.deck.Source;
import dca.progress.ProgressStore;
import dca.srs.Rating;
import dca.study.SessionOptions;
import dca.study.SessionPlan;
import dca.study.SessionPlanner;
import dca.study.StudyProgress;
import dca.study.StudySession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-screen drill driven by keys over an in-memory terminal. */
class ScreenDrillTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    final Card term = new BasicCard(new CardMeta(CardId.of(Kind.BASIC, "containerd"), null,
            List.of("The Docker Engine", "Components"), new Source("notes/05.md", 7), List.of()),
            BasicCard.Origin.TERM, "containerd", "manages the container lifecycle");
    final Card choice = new ChoiceCard(new CardMeta(new CardId("ch05-bridge"), null, List.of("The Docker Engine"),
            new Source("notes/05.md", 20), List.of()), "Default bridge interface?",
            List.of(new Option("eth0", false), new Option("docker0", true)), "The daemon creates docker0.", "");
    final Deck deck = new Deck("chapter-5", 5, "The Docker Engine", List.of(), "notes/05.md", List.of(term, choice));

    record Run(String screen, ProgressStore store) {}

    /** The key of the right (or the wrong) option as the choice card is shown after {@code answers} answers. */
    String key(int answers, boolean right) {
        List<Option> shown = OptionOrder.forReview(choice.id(), answers, ((ChoiceCard) choice).options());
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).correct() == right) return String.valueOf((char) ('a' + i));
        }
        throw new AssertionError(shown.toString());
    }

    Run drill(String keys) throws Exception {
        return drill(keys, false);
    }

    /** {@code xterm}: on a terminal that can move its cursor, else on a dumb one (each screen printed whole). */
    Run drill(String keys, boolean xterm) throws Exception {
        return drill(keys, xterm, deck);
    }

    Run drill(String keys, boolean xterm, Deck deck) throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Env env = new Env(new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(out),
                Map.of("NO_COLOR", "1", "TZ", "UTC"), dir);
        Path file = dir.resolve("progress.json");
        try (StudyProgress store = new StudyProgress(ProgressStore.open(file, clock), file, clock.getZone());
             Terminal t = terminal(keys, out, xterm)) {
            SessionOptions options = SessionOptions.defaults();
            SessionPlan plan = new SessionPlanner(store.scheduler()).plan(List.of(deck), store.log().cards(),
                    store.log().reviews(), store.log().settings(), NOW, ZoneOffset.UTC, options);
            StudySession session = new StudySession(List.of(deck), plan, store.log(), store.scheduler(), clock, options);
            Drill.onScreen(t, session, deck.label(), false, false, env, null, d -> java.util.Optional.empty());
        }
        return new Run(out.toString(StandardCharsets.UTF_8), ProgressStore.openReadOnly(file, clock));
    }

    static Terminal terminal(String keys, ByteArrayOutputStream out, boolean xterm) throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
        if (!xterm) return new DumbTerminal("test", "dumb", in, out, StandardCharsets.UTF_8);
        Terminal t = new ExternalTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8);
        t.setSize(new Size(80, 24));
        return t;
    }

    @Test
    void screensAreRedrawnInPlaceNotClearedEachTime() throws Exception {
        // Question, answer, choice, result: four screens, cleared once at the start and once at the end.
        Run r = drill(" 4" + key(0, true) + "x", true);
        String clear = "\033[H\033[2J";
        assertEquals(2, r.screen().split(java.util.regex.Pattern.quote(clear), -1).length - 1, r.screen());
        // The context line is on the question and the answer screen but written once: unchanged lines stay.
        assertEquals(1, r.screen().split("The Docker Engine › Components", -1).length - 1, r.screen());
        assertTrue(r.screen().contains("manages the container lifecycle"), r.screen());
        assertTrue(r.screen().contains("Right"), r.screen());
        assertEquals(List.of(Rating.EASY, Rating.GOOD), r.store().reviews().stream().map(x -> x.rating()).toList());
    }

    @Test
    void spaceRevealsDigitsGradeAndLettersAnswerChoices() throws Exception {
        // Space reveals, 4 = Easy; then a letter answers the choice question right; any key goes on.
        Run r = drill(" 4" + key(0, true) + "x");
        assertTrue(r.screen().contains("chapter-5 · The Docker Engine"), r.screen());
        assertTrue(r.screen().contains("1/2"), r.screen());
        assertTrue(r.screen().contains("The Docker Engine › Components"), r.screen());
        assertTrue(r.screen().contains("manages the container lifecycle"), r.screen());
        assertTrue(r.screen().matches("(?s).*1 again 1m .*3 good 10m .*4 easy \\d+d.*"), r.screen());
        assertTrue(r.screen().contains("Right"), r.screen());
        assertTrue(r.screen().contains("The daemon creates docker0."), r.screen());
        assertEquals(List.of(Rating.EASY, Rating.GOOD), r.store().reviews().stream().map(x -> x.rating()).toList());
    }

    @Test
    void undoAndQuitSaveWhatWasAnswered() throws Exception {
        Run r = drill(" 1u 3q");
        assertEquals(1, r.store().reviews().size());
        assertEquals(Rating.GOOD, r.store().reviews().get(0).rating());
        assertTrue(r.screen().contains("undone"), r.screen());
    }

    @Test
    void theLastAnswerCanBeUndoneAfterTheQueueIsEmpty() throws Exception {
        // Term: Easy. Choice: right twice (its learning step, then it graduates). On the "done" screen
        // u takes back the second choice answer, and it is answered wrong instead.
        Run r = drill(" 4" + key(0, true) + "x" + key(1, true) + "xu" + key(1, false) + "x");
        assertTrue(r.screen().contains("Done for now."), r.screen());
        assertEquals(List.of(Rating.EASY, Rating.GOOD, Rating.AGAIN), r.store().reviews().stream().map(x -> x.rating()).toList());
    }

    @Test
    void ctrlCQuitsAndKeepsAnswers() throws Exception {
        Run r = drill(" 3\u0003");
        assertEquals(1, r.store().reviews().size());
    }

    @Test
    void severalRightOptionsAreTickedSoPicksShowWithoutColour() throws Exception {
        ChoiceCard two = new ChoiceCard(new CardMeta(new CardId("ch05-two"), null, List.of("The Docker Engine"),
                new Source("notes/05.md", 30), List.of()), "Which run containers?",
                List.of(new Option("containerd", true), new Option("runc", true), new Option("docker0", false)), "", "");
        List<Option> shown = OptionOrder.forReview(two.id(), 0, two.options());
        char first = (char) ('a' + shown.indexOf(two.options().get(0)));
        char second = (char) ('a' + shown.indexOf(two.options().get(1)));
        char wrong = (char) ('a' + shown.indexOf(two.options().get(2)));
        Run r = drill("" + first + second + "\rx", false,
                new Deck("chapter-5", 5, "The Docker Engine", List.of(), "notes/05.md", List.of(two)));
        // NO_COLOR is set: the inverse picks would be invisible, the ticks are not.
        assertTrue(r.screen().contains("[x] " + first + ") "), r.screen());
        assertTrue(r.screen().contains("[ ] " + second + ") "), r.screen());
        assertTrue(r.screen().contains("[ ] " + wrong + ") "), r.screen());
        assertTrue(r.screen().contains("Right"), r.screen());
        assertEquals(List.of(Rating.GOOD), r.store().reviews().stream().map(x -> x.rating()).toList());
    }
}
