package dca.cli.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.Env;
import dca.cli.text.Wrap;
import dca.deck.BasicCard;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Kind;
import dca.deck.Option;
import dca.deck.Source;
import dca.progress.ProgressStore;
import dca.study.SessionOptions;
import dca.study.SessionPlan;
import dca.study.SessionPlanner;
import dca.study.StudyProgress;
import dca.study.StudySession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full screen at any width: wrapped at spaces, redrawn on resize, and scrolling a card taller than the screen. */
class ScreenFitTest {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    static final String LONG = "The daemon hands each container to containerd, which starts it through a runc shim "
            + "so that the daemon can restart without stopping containers; see /var/run/docker/containerd/containerd.sock "
            + "and the --live-restore flag in ~/.config/docker/daemon.json.";

    final Deck deck = new Deck("chapter-5", 5, "The Docker Engine and its components, described at length", List.of(),
            "notes/05.md", List.of(
                    new BasicCard(new CardMeta(CardId.of(Kind.BASIC, "long"), null, List.of("The Docker Engine", "Components of the engine"),
                            new Source("notes/05-the-docker-engine.md", 7), List.of()), BasicCard.Origin.TERM,
                            "What does containerd do for the Docker daemon when a container starts and the daemon restarts?", LONG),
                    new ChoiceCard(new CardMeta(new CardId("ch05-long-choice"), null, List.of("The Docker Engine"),
                            new Source("notes/05-the-docker-engine.md", 20), List.of()),
                            "Which component keeps a container running while the Docker daemon restarts with live restore on?",
                            List.of(new Option("the containerd-shim process that sits between containerd and the container's runc", true),
                                    new Option("the docker-proxy process that forwards published ports from the host to the container", false),
                                    new Option("the embedded DNS server at 127.0.0.11 that answers for user-defined networks", false)),
                            "The shim keeps the container's stdio and exit status, so containerd and dockerd can restart. " + LONG, "")));

    StudySession session(StudyProgress store, Clock clock) {
        SessionOptions options = SessionOptions.defaults();
        SessionPlan plan = new SessionPlanner(store.scheduler()).plan(List.of(deck), store.log().cards(),
                store.log().reviews(), store.log().settings(), NOW, ZoneOffset.UTC, options);
        return new StudySession(List.of(deck), plan, store.log(), store.scheduler(), clock, options);
    }

    Env env(ByteArrayOutputStream out) {
        return new Env(new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(out),
                Map.of("NO_COLOR", "1", "TZ", "UTC"), dir);
    }

    /** Every screen of a session on a dumb terminal of {@code width} columns (each printed whole, nothing cut by the frame). */
    String screens(int width, boolean typed, String keys) throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path file = dir.resolve("p" + width + typed + ".json");
        try (StudyProgress store = new StudyProgress(ProgressStore.open(file, clock), file, clock.getZone());
             Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), out,
                     StandardCharsets.UTF_8)) {
            t.setSize(new Size(width, 200));
            Drill.onScreen(t, session(store, clock), deck.label(), typed, false, env(out), null, d -> Optional.empty());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A word cut at the edge shows as two pieces that are not words of the wide screen. */
    static Set<String> words(String screen) {
        Set<String> out = new HashSet<>();
        for (String w : screen.split("\\s+")) if (!w.matches("[█░━]+") && !w.endsWith("…")) out.add(w);
        return out;
    }

    @Test
    void everyScreenFitsTheWidthAndNoWordIsCut() throws Exception {
        // Reveal and grade the long card, pick a wrong option, see the result, quit.
        String keys = " 3" + "c" + "x" + "q";
        Set<String> wide = words(screens(200, false, keys));
        // From 50 columns on, every word of these cards fits a line (a longer one than the line is broken: it cannot fit).
        for (int width : new int[] {50, 60, 80}) {
            String shown = screens(width, false, keys);
            for (String line : shown.split("\r\n")) {
                assertTrue(Wrap.visible(line) <= width, width + " columns: " + Wrap.visible(line) + ": " + line);
            }
            for (String w : words(shown)) assertTrue(wide.contains(w), width + " columns: '" + w + "' is a piece of a word\n" + shown);
            assertTrue(shown.contains("/var/run/docker/containerd/containerd.sock"), "a path stays whole");
            assertTrue(shown.contains("~/.config/docker/daemon.json"), shown);
        }
    }

    @Test
    void theTypedDiffWrapsToo() throws Exception {
        String keys = "containerd starts containers through runc and keeps them running while dockerd restarts\r3q";
        Set<String> wide = words(screens(200, true, keys));
        String shown = screens(60, true, keys);
        assertTrue(shown.contains("diff:"), shown);
        for (String line : shown.split("\r\n")) assertTrue(Wrap.visible(line) <= 60, line);
        for (String w : words(shown)) assertTrue(wide.contains(w), "'" + w + "' is a piece of a word\n" + shown);
    }

    /** Keys that arrive one at a time, and the screen as it is drawn, for a session running in its own thread. */
    static final class LiveScreen implements AutoCloseable {
        final PipedOutputStream keys = new PipedOutputStream();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Terminal terminal;
        final CompletableFuture<Boolean> done;

        LiveScreen(ScreenFitTest test, int cols, int rows) throws Exception {
            InputStream in = new PipedInputStream(keys);
            terminal = new ExternalTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8);
            terminal.setSize(new Size(cols, rows));
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            Path file = test.dir.resolve("live.json");
            StudyProgress store = new StudyProgress(ProgressStore.open(file, clock), file, clock.getZone());
            done = CompletableFuture.supplyAsync(() -> {
                try (store) {
                    return Drill.onScreen(terminal, test.session(store, clock), test.deck.label(), false, false,
                            test.env(new ByteArrayOutputStream()), null, d -> Optional.empty());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        synchronized String shown() {
            return out.toString(StandardCharsets.UTF_8);
        }

        /** Waits until the screen shows {@code text}. */
        String await(String text) throws InterruptedException {
            for (int i = 0; i < 200; i++) {
                String s = shown();
                if (s.contains(text)) return s;
                Thread.sleep(25);
            }
            throw new AssertionError("never shown: " + text + "\n" + shown());
        }

        void press(String k) throws Exception {
            keys.write(k.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        @Override
        public void close() throws Exception {
            keys.close();
            done.get(10, TimeUnit.SECONDS);
            terminal.close();
        }
    }

    /** A resize redraws at once for the new width, before any key. */
    @Test
    void aResizeRedrawsAtOnce() throws Exception {
        try (LiveScreen s = new LiveScreen(this, 100, 30)) {
            s.await("Space reveal");
            int before = s.shown().length();
            s.terminal.setSize(new Size(44, 30));
            s.terminal.raise(Terminal.Signal.WINCH);
            for (int i = 0; i < 100 && s.shown().length() == before; i++) Thread.sleep(20);
            String redrawn = s.shown().substring(before);
            assertTrue(redrawn.contains("What does containerd do for the"), "redrawn without a key: " + redrawn);
            assertTrue(!redrawn.contains("What does containerd do for the Docker daemon when"), "at the new width: " + redrawn);
            s.press("q");
            assertEquals(false, s.done.get(10, TimeUnit.SECONDS));
        }
    }

    /** On a short screen the answer scrolls under the question, which stays; Ctrl-C ends the session as interrupted. */
    @Test
    void theRevealedScreenNeedsNoLineDrawingCharacterSet() throws Exception {
        // tmux and screen showed the answer rule as a row of 'q' when it went out in the terminal's
        // line-drawing set (ESC ( 0 on xterm): the screens must not switch to that set at all.
        try (LiveScreen s = new LiveScreen(this, 100, 30)) {
            s.await("Space reveal");
            s.press(" ");
            String revealed = s.await("again");
            assertTrue(!revealed.contains("\033(0") && !revealed.contains("\u000e"), "no switch to the line-drawing set: " + revealed);
            assertTrue(revealed.contains("\u2501"), "the rule is drawn as itself: " + revealed);
            s.press("q");
            assertEquals(false, s.done.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aTallCardScrollsAndCtrlCInterrupts() throws Exception {
        try (LiveScreen s = new LiveScreen(this, 40, 12)) {
            s.await("Space reveal");
            s.press(" ");
            String revealed = s.await("more below");
            assertTrue(revealed.contains("What does containerd do"), revealed);
            s.press("\033[6~"); // Page Down: the screen only rewrites what changed, so look at the line that says where it is
            s.await("more above");
            s.press("\u0003");
            assertEquals(true, s.done.get(10, TimeUnit.SECONDS), "Ctrl-C is an interrupt");
        }
    }
}
