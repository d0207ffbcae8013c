package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.text.Charts;
import dca.cli.text.StatsScreen;
import dca.deck.Deck;
import dca.progress.ProgressStore;
import dca.progress.Settings;
import dca.study.FsrsScheduler;
import dca.study.StudyProgress;
import dca.study.stats.MemoryModel;
import dca.study.stats.StudyStats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
                    env.out().println("The exam date in settings (" + settings.examDate()
                            + ") has passed; readiness is shown for now. Set a new one with --exam-date.");
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
            new StatsScreen(env.out(), Charts.of(env, plain), settings.desiredRetention())
                    .print(result, env.clock().getZone());
        }
        return ExitCode.OK;
    }
}
