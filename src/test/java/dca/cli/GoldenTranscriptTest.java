package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden transcripts: whole plain-mode sessions and text exports of the real {@code dca}, compared
 * byte for byte with {@code src/test/resources/golden-cli/<case>.txt} (stdout, then stderr and the
 * exit code). They pin what scripts and other tools parse. The clock is fixed; the temporary home
 * is written as {@code $HOME} and a session's measured duration as {@code M:SS}.
 * {@code -Dgolden.update=true} (or {@code GOLDEN_UPDATE=1}) rewrites them; review the diff.
 */
class GoldenTranscriptTest {
    private static final Path DIR = Path.of("src/test/resources/golden-cli");
    private static final Pattern SESSION_TIME = Pattern.compile("time=\\d+:\\d\\d(:\\d\\d)?");

    @TempDir
    Path home;

    /** One run: the case name, the input lines and the arguments after the global options. */
    record Case(String name, String input, String... args) {}

    /** A run made before the case's own, to leave answers or exams in the progress file. */
    record Setup(String input, String... args) {}

    /** What the cases that read history need first: a studied chapter, a day later, and two exams. */
    static final List<Setup> HISTORY = List.of(
            new Setup("\n1\n\n3\n\n4\n\n2\nd\n", "quiz", "chapter-5", "--plain", "--limit", "5"),
            new Setup("y\nb\nn\ny\n", "exam", "--questions", "5", "--seed", "3", "--plain"),
            new Setup("y\ny\ny\ny\ny\ny\ny\ny\ny\ny\n", "exam", "--questions", "5", "--seed", "4", "--format", "domc", "--plain"));

    static final List<Case> CASES = List.of(
            // Reveal and grade, an unknown grade, a wrong then right choice, skip, undo, quit.
            new Case("quiz-plain", "\n3\n\nx\n1\nb\ns\nu\n\n4\na\n\n2\nq\n", "quiz", "chapter-5", "--plain"),
            // Typed answers: an exact one, a near one accepted as suggested, a wrong one overridden.
            // Undo before any answer: an error, and the card is asked again from its start.
            new Case("quiz-undo-nothing", "u\n\n3\nq\n", "quiz", "chapter-5", "--plain"),
            new Case("quiz-typed", "the daemon that manages the container lifecycle\n\n"
                    + "the low level runtime that creates containers\n\nnothing like it\n3\n", "quiz", "chapter-5", "--typed", "--plain", "--limit", "3"),
            // The queue runs dry: everything studied, then a review with nothing due. The choice question
            // is answered right (d: its options are shuffled) and comes back in its learning step in another order.
            new Case("quiz-to-the-end", "\n4\n\n4\n\n4\n\n4\n\n4\nd\n\n4\n", "quiz", "chapter-5", "--plain"),
            new Case("review-nothing-due", "", "review", "--plain"),
            // Every DOMC and multiple-choice path: yes, no, letters, a bad line, a declined quit, end of input.
            new Case("exam-plain", "n\ny\nb\nmaybe\nn\nq\nn\ny\na,c\nn\nn\n", "exam", "--questions", "8", "--seed", "42", "--plain"),
            new Case("exam-quit", "q\ny\n", "exam", "--questions", "4", "--seed", "7", "--format", "domc", "--plain"),
            new Case("exam-history", "", "exam", "--history"),
            new Case("stats", "", "stats"),
            new Case("weak-list", "", "weak", "--list"),
            new Case("check-coverage", "", "check", "--coverage"),
            new Case("decks", "", "decks"),
            new Case("show", "", "show", "chapter-5", "chapter-21"),
            new Case("export-anki", "", "export", "chapter-5", "--format", "anki"),
            new Case("export-quizlet", "", "export", "chapter-5", "--format", "quizlet"),
            new Case("export-md", "", "export", "chapter-5", "--format", "md"),
            new Case("export-md-exam-decks", "", "export", "chapter-21", "chapter-22", "--format", "md"));

    @TestFactory
    Stream<DynamicTest> everyTranscriptMatchesItsGoldenFile() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(Case c) throws Exception {
        Path caseHome = home.resolve(c.name());
        Path notes = caseHome.resolve("notes");
        Files.createDirectories(notes);
        try (InputStream in = getClass().getResourceAsStream("/drill/05-the-docker-engine.md")) {
            Files.copy(in, notes.resolve("05-the-docker-engine.md"));
        }
        writeExamChapters(notes);
        CliHarness dca = new CliHarness(caseHome).env("DCA_NOW", "2026-12-01T09:00:00Z")
                .env("DCA_NOTES", notes.toString()).env("DCA_PROGRESS", caseHome.resolve("progress.json").toString());
        List<Setup> setup = switch (c.name()) {
            case "review-nothing-due" -> List.of(new Setup("\n4\n", "quiz", "chapter-5", "--plain", "--limit", "1"));
            case "exam-history", "stats", "weak-list" -> HISTORY;
            default -> List.of();
        };
        for (Setup s : setup) {
            CliHarness.Result first = dca.runWithInput(s.input(), s.args());
            assertEquals(0, first.code(), first.err());
        }
        CliHarness.Result r = dca.runWithInput(c.input(), c.args());
        String actual = normalise(r.out(), caseHome) + "--- stderr\n" + normalise(r.err(), caseHome) + "--- exit " + r.code() + "\n";
        Path expected = DIR.resolve(c.name() + ".txt");
        if (Boolean.getBoolean("golden.update") || "1".equals(System.getenv("GOLDEN_UPDATE"))) {
            Files.createDirectories(DIR);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), "no golden file " + expected + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden transcript " + expected);
    }

    private static String normalise(String text, Path caseHome) {
        String t = text.replace(caseHome.toString(), "$HOME");
        return SESSION_TIME.matcher(t).replaceAll("time=M:SS");
    }

    /** Two small chapters of choice questions for the exam cases: one with two right options. */
    private static void writeExamChapters(Path notes) throws Exception {
        Files.writeString(notes.resolve("21-exam-one.md"), """
                ---
                domains: [security]
                ---
                # Chapter 21: Exam one

                Q: Which flag makes a swarm manager refuse to start until it is unlocked? #o1.19

                - [ ] --force-new-cluster
                - [x] --autolock
                - [ ] --availability drain

                > Autolock keeps the raft keys encrypted at rest.

                Q: Which two secrets drivers ship with a swarm? #security

                - [x] the built-in raft store
                - [ ] a plain environment file
                - [x] an external plugin
                - [ ] the image's labels

                Q: Which port do swarm managers listen on for cluster management?

                - [ ] 7946
                - [x] 2377
                - [ ] 4789
                """);
        Files.writeString(notes.resolve("22-exam-two.md"), """
                ---
                domains: [storage, images]
                ---
                # Chapter 22: Exam two

                Q: Which driver do most Linux hosts use for image layers today? #o2.1

                - [x] overlay2
                - [ ] devicemapper
                - [ ] vfs

                Q: Where does a named volume live on a default Linux install? #o6.1

                - [ ] /var/run/docker
                - [x] /var/lib/docker/volumes
                - [ ] /etc/docker

                Q: Which command removes dangling images? #images

                - [ ] docker image ls -a
                - [x] docker image prune
                - [ ] docker rmi --all

                Q: Which mount type keeps data only in memory?

                - [ ] bind
                - [ ] volume
                - [x] tmpfs

                > tmpfs mounts vanish when the container stops.
                """);
    }
}
