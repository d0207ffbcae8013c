package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.screen.Terminals;
import dca.cli.text.Charts;
import dca.cli.text.ExamReadinessText;
import dca.cli.text.StatsScreen;
import dca.cli.text.Wrap;
import dca.deck.Deck;
import dca.progress.ProgressStore;
import dca.progress.Settings;
import dca.study.AnswerTime;
import dca.study.ExamCalendar;
import dca.study.ExamForecast;
import dca.study.FsrsScheduler;
import dca.study.RecallCalibration;
import dca.study.SessionPlanner;
import dca.study.StudyProgress;
import dca.study.stats.MemoryModel;
import dca.study.stats.StudyStats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dca stats}: where you stand, by chapter and domain, and how ready you are for the exam. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Where you stand: recall by chapter and domain, retention, forecast, readiness.",
                "It shows cards by state, recall now and on the exam date, true retention",
                "against the target, leeches, a 12-week review heatmap, a 14-day due",
                "forecast, reviews per day, and readiness: the predicted exam score",
                "and the reviews a day that keep every card at the target."})
final class StatsCommand extends SubCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DECK", arity = "0..*", description = "Decks to count (default: all).")
    List<String> decks = new ArrayList<>();

    @Option(names = "--exam-date", paramLabel = "YYYY-MM-DD", description = "Exam date (default: the one in settings).")
    String examDate;

    @Override
    public Integer call() throws Exception {
        Env env = root.env();
        LocalDate date = null;
        if (examDate != null) {
            try {
                date = LocalDate.parse(examDate.trim());
            } catch (DateTimeParseException e) {
                throw Failure.usage("--exam-date is not a date: " + examDate, "use the form 2026-12-15");
            }
        }
        List<Deck> chosen = DeckSources.decks(root, decks);
        try (StudyProgress progress = Drill.openReadOnly(root)) {
            ProgressStore store = progress.store();
            store.reconcile(chosen); // read-only: in memory, so reworded cards count with their progress
            Settings settings = progress.settings();
            LocalDate today = LocalDate.now(env.clock());
            if (date != null && date.isBefore(today)) {
                throw Failure.usage("--exam-date " + date + " is in the past", "give the date of an exam still to come");
            }
            if (date == null && settings.examDate() != null) {
                if (settings.examDate().isBefore(today)) {
                    for (String l : Wrap.lines("The exam date in settings (" + settings.examDate()
                            + ") has passed; readiness is shown for now. Set a new one with --exam-date.",
                            Terminals.outputWidth(env).orElse(80), "")) env.out().println(l);
                } else {
                    date = settings.examDate();
                }
            }
            // Stats simulate and replay without fuzz: it only spreads due dates, never changes a state.
            MemoryModel model = FsrsScheduler.from(settings.withFuzz(false));
            StudyStats.Result result = StudyStats.compute(new StudyStats.Input(chosen, store.cards(), store.reviews(),
                    settings.desiredRetention(), date, env.clock().instant(), env.clock().getZone(), model));
            // Colour only on a terminal: a pipe or a file gets plain text.
            boolean plain = root.plain() || System.console() == null;
            Charts charts = Charts.of(env, plain, Terminals.outputWidth(env).orElse(80));
            new StatsScreen(env.out(), charts, settings.desiredRetention(), Terminals.outputWidth(env)).print(result, env.clock().getZone());
            ExamReadinessText extra = new ExamReadinessText(env.out(), charts.width());
            env.out().println();
            if (date != null && date.isAfter(today)) {
                ExamCalendar calendar = ExamCalendar.of(date, env.clock().getZone());
                List<ExamForecast.Card> cards = PlanCommand.cards(chosen, store.cards());
                int started = SessionPlanner.newCardsStartedOn(today, env.clock().getZone(), store.reviews(), new HashSet<>());
                double seconds = AnswerTime.medianSeconds(store.reviews());
                ExamForecast.Result[] runs = new ExamForecast.Result[2];
                for (int mode = 0; mode < 2; mode++) {
                    runs[mode] = ExamForecast.run(new ExamForecast.Input(cards, settings.fsrsParameters(), calendar, mode == 0,
                            env.clock().instant(), started, seconds, PlanCommand.SEED));
                }
                extra.examDay(date, runs[0], runs[1], settings.examMode());
                env.out().println();
            }
            extra.calibration(RecallCalibration.of(store.reviews(), settings, env.clock().instant()));
        }
        return ExitCode.OK;
    }
}
