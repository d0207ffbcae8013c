package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Card;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.notes.NotesLoader;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real dca in plain mode over the shipped curriculum: a candidate who answers {@code a} to every
 * written choice question must not score, and a card's option order follows its review count.
 */
class ChoiceShuffleCliTest {
    static final String NOW = "2026-12-01T09:00:00Z";
    static final Path CURRICULUM = Path.of("notes").toAbsolutePath();
    static final Pattern CARD = Pattern.compile("(?m)^card: \\d+/\\d+ \\w+ (\\S+) \\S+ (\\w+)$");
    static final Pattern OPTION = Pattern.compile("(?m)^option: [a-z]\\) (.*)$");
    static final Pattern GRADED = Pattern.compile("(?m)^graded: \\w+ (right|wrong) ");

    /** One presentation of a choice question: the options in the order shown, and how it was graded (null: skipped). */
    record Shown(String id, List<String> options, String graded) {}

    @TempDir
    static Path home;
    static List<Shown> firstRun;
    static List<ChoiceCard> written;

    @BeforeAll
    static void quizTheCurriculum() throws Exception {
        written = new ArrayList<>();
        for (Deck d : NotesLoader.load(CURRICULUM)) {
            for (Card c : d.cards()) {
                if (c instanceof ChoiceCard q) written.add(q);
            }
        }
        firstRun = quiz(CURRICULUM, home.resolve("first.json"));
    }

    /**
     * {@code dca quiz all} over {@code notes} with a fresh progress file: every flashcard skipped, every
     * choice question answered {@code a} when first shown and skipped when it comes back in its learning
     * step, so each is shown at review count 0 and (if it comes back) 1.
     */
    static List<Shown> quiz(Path notes, Path progress) {
        PromptedInput.Screen screen = new PromptedInput.Screen();
        Set<String> answered = new HashSet<>();
        String[] current = {null};
        InputStream in = new PromptedInput(screen, text -> {
            Matcher m = CARD.matcher(text);
            while (m.find()) current[0] = m.group(1);
            String prompt = text.strip().substring(text.strip().lastIndexOf('\n') + 1);
            if (prompt.startsWith("? choose") && answered.add(current[0])) return "a";
            if (prompt.startsWith("?")) return "s";
            throw new AssertionError("unexpected prompt: " + prompt);
        });
        ByteArrayStreams err = new ByteArrayStreams();
        int code = Main.run(new String[] {"--notes", notes.toString(), "--progress", progress.toString(),
                        "quiz", "all", "--new", "100000", "--plain"},
                in, new PrintStream(screen, true, StandardCharsets.UTF_8), err.stream(),
                Map.of("HOME", home.toString(), "NO_COLOR", "1", "TZ", "UTC", "DCA_NOW", NOW), home);
        String out = screen.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.text());
        return shown(out);
    }

    /** The choice questions of a plain transcript, in the order asked. */
    static List<Shown> shown(String out) {
        List<Shown> shown = new ArrayList<>();
        String[] blocks = out.split("(?m)^(?=card: )");
        for (String b : blocks) {
            Matcher card = CARD.matcher(b);
            if (!card.find() || !card.group(2).equals("choice")) continue;
            List<String> options = new ArrayList<>();
            Matcher o = OPTION.matcher(b);
            while (o.find()) options.add(o.group(1));
            Matcher g = GRADED.matcher(b);
            shown.add(new Shown(card.group(1), options, g.find() ? g.group(1) : null));
        }
        return shown;
    }

    @Test
    void answeringAToEveryWrittenChoiceQuestionIsRightAtMostFortyPercentOfTheTime() {
        Map<String, String> first = new LinkedHashMap<>();
        for (Shown s : firstRun) first.putIfAbsent(s.id(), s.graded());
        Set<String> ids = new TreeSet<>();
        for (ChoiceCard q : written) ids.add(q.id().value());
        assertEquals(ids, new TreeSet<>(first.keySet()), "every written choice question is asked");
        long right = first.values().stream().filter("right"::equals).count();
        double share = (double) right / first.size();
        System.out.printf("answering a: %d of %d written choice questions right (%.1f %%)%n", right, first.size(), 100 * share);
        assertTrue(share <= 0.40, right + " of " + first.size() + " right by answering a");
    }

    @Test
    void aRerunShowsTheSameOrdersAndTheNextReviewShowsAnotherForMostCards() {
        // Same DCA_NOW, fresh progress: the same cards in the same orders at both review counts.
        List<Shown> rerun = quiz(CURRICULUM, home.resolve("rerun.json"));
        assertEquals(firstRun, rerun);

        Map<String, List<List<String>>> orders = new HashMap<>();
        for (Shown s : firstRun) orders.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s.options());
        int cards = 0;
        int changed = 0;
        for (ChoiceCard q : written) {
            List<List<String>> seen = orders.get(q.id().value());
            if (q.options().size() < 3) continue;
            assertEquals(2, seen.size(), q.id() + " comes back once in its learning step");
            cards++;
            if (!seen.get(0).equals(seen.get(1))) changed++;
        }
        double share = (double) changed / cards;
        System.out.printf("next review, another order: %d of %d cards with 3+ options (%.1f %%)%n", changed, cards, 100 * share);
        assertTrue(cards >= 200, "the curriculum has " + cards + " questions of three or more options");
        assertTrue(share >= 0.85, changed + " of " + cards + " changed order");
    }

    @Test
    void rightAnswersWrittenFirstAreShuffledAwayAndCheckWarnsOfThePosition() throws Exception {
        Path notes = home.resolve("first-is-right");
        Files.createDirectories(notes);
        StringBuilder md = new StringBuilder("# Chapter 3: Ports\n\n");
        for (int i = 1; i <= 30; i++) {
            md.append("Q: Which port does service number ").append(i).append(" listen on?\n\n")
                    .append("- [x] ").append(1000 + i).append('\n')
                    .append("- [ ] ").append(2000 + i).append('\n')
                    .append("- [ ] ").append(3000 + i).append('\n')
                    .append("- [ ] ").append(4000 + i).append("\n\n");
        }
        Files.writeString(notes.resolve("03-ports.md"), md.toString());
        List<Shown> shown = quiz(notes, home.resolve("ports.json"));
        Map<String, String> first = new LinkedHashMap<>();
        for (Shown s : shown) first.putIfAbsent(s.id(), s.graded());
        assertEquals(30, first.size());
        long right = first.values().stream().filter("right"::equals).count();
        assertTrue(right <= 12, right + " of 30 right by answering a");

        CliHarness.Result check = new CliHarness(home).run("check", notes.toString());
        assertEquals(0, check.code(), "a warning does not fail check: " + check.out());
        assertTrue(check.out().contains("03-ports.md:3: warning: deck chapter-3: the right answer is option a in 30 of its 30 choice questions"),
                check.out());
        assertTrue(check.out().contains("0 problems, 1 warning"), check.out());
    }

    @Test
    void anUndoneAnswerIsAskedAgainInTheOrderItWasAnsweredIn() throws Exception {
        Path notes = home.resolve("undo");
        Files.createDirectories(notes);
        try (InputStream md = ChoiceShuffleCliTest.class.getResourceAsStream("/drill/05-the-docker-engine.md")) {
            Files.copy(md, notes.resolve("05-the-docker-engine.md"));
        }
        PromptedInput.Screen screen = new PromptedInput.Screen();
        int[] choices = {0};
        boolean[] undone = {false};
        InputStream in = new PromptedInput(screen, text -> {
            if (text.contains("? choose")) return ++choices[0] == 1 ? "a" : "q";
            if (choices[0] == 1 && !undone[0]) {
                undone[0] = true;
                return "u";
            }
            return "s";
        });
        int code = Main.run(new String[] {"--notes", notes.toString(), "--progress", home.resolve("undo.json").toString(),
                        "quiz", "chapter-5", "--plain"}, in, new PrintStream(screen, true, StandardCharsets.UTF_8),
                new PrintStream(new java.io.ByteArrayOutputStream()), Map.of("HOME", home.toString(), "NO_COLOR", "1",
                        "TZ", "UTC", "DCA_NOW", NOW), home);
        assertEquals(0, code);
        String out = screen.toString(StandardCharsets.UTF_8);
        List<Shown> shown = shown(out);
        assertTrue(out.contains("undone: ch05-default-bridge"), out);
        assertEquals(2, shown.size(), out);
        assertEquals(shown.get(0).options(), shown.get(1).options(), out);
    }

    @Test
    void theCurriculumHasNoPositionWarning() {
        CliHarness.Result check = new CliHarness(home).run("check", CURRICULUM.toString());
        assertEquals(0, check.code(), check.out());
        assertFalse(check.out().contains("warning"), check.out());
        assertTrue(check.out().endsWith(" 0 problems\n"), check.out());
    }

    /** stderr of a run, kept to explain a failure. */
    private static final class ByteArrayStreams {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        PrintStream stream() { return new PrintStream(bytes, true, StandardCharsets.UTF_8); }

        String text() { return bytes.toString(StandardCharsets.UTF_8); }
    }
}
