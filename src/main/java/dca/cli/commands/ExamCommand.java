package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.cli.exam.ExamPrompter;
import dca.cli.exam.ExamReport;
import dca.cli.exam.ExamRunner;
import dca.cli.exam.PlainExamPrompter;
import dca.cli.exam.ScreenExamPrompter;
import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.run.Locations;
import dca.cli.screen.Terminals;
import dca.cli.text.Charts;
import dca.cli.text.Wrap;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.progress.ProgressException;
import dca.progress.ReconcileReport;
import dca.progress.Storage;
import dca.study.StudyProgress;
import dca.study.exam.DomcItem;
import dca.study.exam.ExamDraw;
import dca.study.exam.ExamFormat;
import dca.study.exam.ExamHistory;
import dca.study.exam.ExamItem;
import dca.study.exam.ExamRecorder;
import dca.study.exam.ExamScore;
import dca.study.exam.ExamSession;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dca exam}: a mock exam in the DCA format, and the history of past results. */
@Command(name = "exam", mixinStandardHelpOptions = true,
        description = {"Take a mock exam in the DCA format: 55 questions, 90 minutes, DOMC.",
                "Of the 55, 13 are multiple choice and 42 DOMC (options one at a time, YES or NO,",
                "no feedback until the end), drawn from the choice questions of all",
                "decks by domain weight. Answers update the review schedule."},
        footer = {"", "Plain mode: a DOMC option reads y or n, a multiple-choice question",
                "reads letters (b or a,c), q quits after a y to confirm. A quit or",
                "timed-out exam is kept as a partial result; there is no resume."})
final class ExamCommand extends SubCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DECK", arity = "0..*", description = "Decks to draw from (default: all).")
    List<String> decks = new ArrayList<>();

    @Option(names = "--domain", paramLabel = "D", description = "Only questions of one domain: orchestration, images, installation, networking, security, storage.")
    String domain;

    @Option(names = "--questions", paramLabel = "N", description = "Number of questions (default: ${DEFAULT-VALUE}).")
    int questions = ExamDraw.EXAM_QUESTIONS;

    @Option(names = "--minutes", paramLabel = "M", description = "Time limit in minutes (default: ${DEFAULT-VALUE}).")
    int minutes = 90;

    @Option(names = "--format", paramLabel = "F", description = "mixed (13 of 55 multiple choice, the rest DOMC), mcq or domc (default: ${DEFAULT-VALUE}).")
    String format = "mixed";

    @Option(names = "--seed", paramLabel = "N", description = "Seed for a reproducible draw and option order.")
    Long seed;

    @Option(names = "--history", description = "List past exam results and their trend.")
    boolean history;

    @Override
    public Integer call() throws Exception {
        Env env = root.env();
        Path progressPath = Locations.progress(root);
        if (history) {
            Charts charts = Charts.of(env, !terminals().interactive(), Terminals.outputWidth(env).orElse(80));
            try (StudyProgress progress = Drill.openReadOnly(root)) {
                new ExamReport(env.out(), charts).history(new ExamHistory(progress.store().exams()), env.clock().getZone());
            }
            return ExitCode.OK;
        }
        ExamFormat fmt = ExamFormat.parse(format).orElseThrow(() -> Failure.usage(
                "unknown exam format: " + format, "use --format mixed, mcq or domc"));
        Domain only = domain == null ? null : parseDomain(domain);
        if (questions < 1 || questions > 500) {
            throw Failure.usage("--questions must be between 1 and 500, not " + questions, "the real exam has 55: --questions 55");
        }
        if (minutes < 0 || minutes > 24 * 60) {
            throw Failure.usage("--minutes must be between 0 and 1440, not " + minutes, "the real exam gives 90: --minutes 90");
        }
        List<Deck> chosen = DeckSources.decks(root, decks);
        long s = seed != null ? seed : new SecureRandom().nextLong() & 0xffffffffL;
        ExamDraw.Result draw = ExamDraw.draw(chosen, new ExamDraw.Spec(questions, fmt, only, s));
        if (draw.items().isEmpty()) {
            throw Failure.usage(draw.notes().isEmpty() ? "no questions to draw" : draw.notes().get(0),
                    "write choice questions as a question followed by a task list (- [x] right, - [ ] wrong)");
        }

        try (StudyProgress progress = StudyProgress.open(progressPath, Locations.settings(root), env.clock(), Storage.disk())) {
            Drill.say(root, progress);
            // Reworded cards keep their progress before any answer is recorded against them.
            ReconcileReport reconciled = progress.reconcile(chosen);
            if (!reconciled.carried().isEmpty()) {
                env.out().println("Progress carried over to " + reconciled.carried().size() + " reworded card"
                        + (reconciled.carried().size() == 1 ? "" : "s") + ".");
            }
            ExamRecorder recorder = new ExamRecorder(progress.log(), progress.scheduler(), env.clock());
            Duration limit = Duration.ofMinutes(minutes);
            List<String> intro = intro(draw, limit, s);
            int introWidth = Terminals.outputWidth(env).orElse(Integer.MAX_VALUE); // a pipe gets each line whole
            for (String line : intro) Wrap.lines(line, introWidth, "").forEach(env.out()::println);
            ExamSession session;
            Terminals terminals = terminals();
            org.jline.terminal.Terminal t = terminals.fullScreen(); // null: plain lines
            boolean plain = t == null;
            Terminals.Lines lines = plain ? terminals.lines() : null;
            Charts charts = Charts.of(env, plain, t != null && t.getWidth() > 0 ? t.getWidth() : Terminals.outputWidth(env).orElse(80));
            try (ExamPrompter prompter = plain
                    ? new PlainExamPrompter(lines.in(), lines.out())
                    : new ScreenExamPrompter(t, t != null && terminals.ownsTerminal(t), charts.colour() && terminals.color(t))) {
                if (!prompter.begin(intro)) {
                    env.out().println("Exam not started: nothing recorded.");
                    return ExitCode.OK;
                }
                // The clock starts once the candidate is ready.
                ExamSession running = new ExamSession(draw.items(), fmt, env.clock(), limit);
                new ExamRunner(running, prompter, item -> record(recorder, item, running)).run();
                session = running;
            }
            ExamScore score = session.score();
            // The report first: if the history cannot be written, the result is still seen.
            new ExamReport(env.out(), charts).print(score, limit);
            progress.store().addExam(score.toRecord());
            env.out().println();
            for (String l : Wrap.lines("Saved to the exam history (dca exam --history). Seed " + s + " replays this draw.",
                    Terminals.outputWidth(env).orElse(Integer.MAX_VALUE), "")) env.out().println(l);
        }
        return ExitCode.OK;
    }

    /** Each answer is saved before the next question shows; a failed save ends the exam with exit 3. */
    private static void record(ExamRecorder recorder, ExamItem item, ExamSession session) {
        try {
            recorder.answered(item, session.lastItemTime());
        } catch (ProgressException e) {
            throw new Failure(ExitCode.PROGRESS, e.getMessage(), e.hint(), e);
        }
    }

    private static List<String> intro(ExamDraw.Result draw, Duration limit, long s) {
        List<String> lines = new ArrayList<>();
        long domc = draw.items().stream().filter(i -> i instanceof DomcItem).count();
        long mcq = draw.items().size() - domc;
        lines.add(String.format(Locale.ROOT, "Mock exam: %d questions (%d multiple choice, %d DOMC), %d minutes. Seed %d.",
                draw.items().size(), mcq, domc, limit.toMinutes(), s));
        List<String> counts = new ArrayList<>();
        draw.perDomain().forEach((d, n) -> {
            if (n > 0) counts.add(d.slug() + " " + n);
        });
        lines.add("Questions by domain: " + String.join(", ", counts) + ".");
        for (String note : draw.notes()) lines.add("Note: " + note + ".");
        if (domc > 0) {
            lines.add("DOMC: options appear one at a time; answer YES or NO. The question ends as soon as it is decided,");
            lines.add("and you learn how it went only at the end.");
        }
        return lines;
    }

    static Domain parseDomain(String text) {
        return Domain.parse(text).orElseThrow(() -> Failure.usage("unknown domain: " + text,
                "use one of orchestration, images, installation, networking, security, storage"));
    }
}
