package dca.cli.drill;

import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.run.GlobalOptions;
import dca.cli.run.Inert;
import dca.cli.run.Locations;
import dca.cli.run.Timing;
import dca.cli.screen.Frame;
import dca.cli.screen.Keys;
import dca.cli.screen.Terminals;
import dca.cli.text.Paint;
import dca.deck.Deck;
import dca.progress.ProgressException;
import dca.progress.ReconcileReport;
import dca.study.DueCounts;
import dca.study.ProgressLog;
import dca.study.Scheduler;
import dca.study.SessionOptions;
import dca.study.SessionPlan;
import dca.study.SessionPlanner;
import dca.study.StudyProgress;
import dca.study.StudySession;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jline.terminal.Terminal;

/** Runs one study session, on the full screen or in plain mode, and prints its summary. */
public final class Drill {
    /** A quiz or review: the named decks, planned by {@link SessionPlanner} from the progress file. */
    public static int planned(GlobalOptions root, Terminals terminals, String command, List<String> names, SessionOptions options, boolean typed)
            throws Exception {
        List<Deck> chosen = decks(root, names);
        try (StudyProgress store = open(root, chosen)) {
            Clock clock = root.env().clock();
            return run(root, terminals, command, chosen, options, typed, store, (log, scheduler) ->
                    new SessionPlanner(scheduler).plan(chosen, log.cards(), log.history(), log.settings(),
                            clock.instant(), clock.getZone(), options));
        }
    }

    /** Makes the session's queue once the progress file is open. */
    public interface Planner {
        SessionPlan plan(ProgressLog log, Scheduler scheduler) throws ProgressException;
    }

    private Drill() {}

    /**
     * Opens the progress file for a session (one writer at a time) and records the decks' cards;
     * a reworded card that keeps its progress is reported on stderr.
     */
    public static StudyProgress open(GlobalOptions root, List<Deck> decks) throws ProgressException {
        Path path = Locations.progress(root);
        Timing.mark("decks-resolve");
        StudyProgress progress = StudyProgress.open(path, Locations.settings(root), root.env().clock(), root.env().storage());
        Timing.mark("progress-load");
        try {
            say(root, progress);
            ReconcileReport report = progress.reconcile(decks);
            for (ReconcileReport.Carried c : report.carried()) {
                root.env().err().println("dca: kept the progress of a reworded card in " + c.deck() + ": \""
                        + Inert.text(c.oldPrompt()) + "\" → \"" + Inert.text(c.newPrompt()) + "\""); // the old one comes from the file
            }
        } catch (ProgressException | RuntimeException e) {
            progress.close();
            throw e;
        }
        Timing.mark("progress-reconcile");
        return progress;
    }

    /** Opens the progress file to read only (no lock), for listings. */
    public static StudyProgress openReadOnly(GlobalOptions root) throws ProgressException {
        StudyProgress progress = StudyProgress.openReadOnly(Locations.progress(root), Locations.settings(root), root.env().clock());
        say(root, progress);
        return progress;
    }

    /** What opening said about the settings (a migration, ignored lines), on stderr. */
    public static void say(GlobalOptions root, StudyProgress progress) {
        for (String note : progress.notes()) root.env().err().println("dca: " + Inert.text(note));
    }

    public static int run(GlobalOptions root, Terminals terminals, String command, List<Deck> decks, SessionOptions options, boolean typed,
                   StudyProgress store, Planner planner) throws ProgressException, IOException {
        Env env = root.env();
        Clock clock = env.clock();
        SessionPlan plan = planner.plan(store.log(), store.scheduler());
        StudySession session = new StudySession(decks, plan, store.log(), store.scheduler(), clock, options);
        Timing.mark("session-plan");
        String title = decks.size() == 1 ? decks.get(0).label()
                : command + " · " + decks.stream().map(Deck::name).collect(Collectors.joining(", "));
        Terminal t = terminals.fullScreen();
        if (t != null) {
            Timing.mark("terminal");
            boolean interrupted;
            try {
                interrupted = onScreen(t, session, title, typed, terminals.color(t), env, Locations.notes(root),
                        d -> DeckSources.imported(root, d));
                PrintWriter w = t.writer();
                int width = t.getWidth() > 0 ? t.getWidth() : 80;
                if (session.done() == 0 && session.total() == 0) w.println(DrillText.nothingToDo(command));
                DueCounts due = DueCounts.of(decks, store.log(), store.scheduler(), clock.instant(), clock.getZone());
                for (String line : DrillText.humanSummary(session.summary(), due, interrupted, clock, store.path(), width)) w.println(line);
                w.flush();
            } finally {
                terminals.release(t);
            }
            return interrupted ? ExitCode.INTERRUPTED : ExitCode.OK;
        }
        Terminals.Lines io = terminals.lines();
        PrintStream out = io.out();
        out.println("session: " + command + " decks=" + decks.stream().map(Deck::name).collect(Collectors.joining(","))
                + " cards=" + session.total() + " due=" + session.remainingDue() + " new=" + session.remainingNew());
        if (session.total() == 0) out.println(nothingDue(command));
        Runnable summary = () -> {
            for (String line : DrillText.summary(session.summary(), clock.instant(), store.path())) out.println(line);
            out.flush();
        };
        // In a real process Ctrl-C (SIGINT) still prints the summary and leaves the file closed, then exits 130.
        Interrupts interrupts = env.processStreams() ? new Interrupts(() -> {
            summary.run();
            store.close();
        }) : null;
        try {
            new DrillRunner(session, new PlainDrillPrompter(io.in(), out, typed, interrupts), typed).run();
        } finally {
            if (interrupts != null) interrupts.close();
        }
        summary.run();
        return ExitCode.OK;
    }

    /**
     * Runs the session full screen on {@code t}; the screen is cleared and the terminal restored after.
     * {@code stored}: where an imported deck is kept and came from. True when it ended by Ctrl-C.
     */
    static boolean onScreen(Terminal t, StudySession session, String title, boolean typed, boolean color, Env env, Path notes,
                            Function<Deck, Optional<DeckSources.Imported>> stored) throws ProgressException {
        try (Keys keys = new Keys(t); Frame frame = new Frame(t, false)) {
            DrillScreens screens = new DrillScreens(title, new Paint(color));
            EditorLauncher editor = new EditorLauncher(env, notes, stored);
            DrillRunner runner = new DrillRunner(session, new ScreenDrillPrompter(keys, frame, screens, editor, typed), typed);
            runner.run();
            return runner.interrupted();
        }
    }

    private static String nothingDue(String command) {
        return switch (command) {
            case "weak" -> "done: no weak cards — nothing at risk";
            case "review" -> "done: nothing due now";
            default -> "done: nothing due and no new cards left today (dca quiz --new N studies more)";
        };
    }

    /** The decks named, or a usage error when there are none to study. */
    public static List<Deck> decks(GlobalOptions root, List<String> names) {
        List<Deck> decks = DeckSources.decks(root, names == null ? List.of() : names);
        if (decks.isEmpty() || decks.stream().allMatch(d -> d.cards().isEmpty())) {
            Path notes = Locations.notes(root);
            throw Failure.usage("no cards found" + (notes == null ? "" : " in " + notes),
                    "pass --notes DIR (or set DCA_NOTES) to a folder of Markdown notes");
        }
        return decks;
    }
}
