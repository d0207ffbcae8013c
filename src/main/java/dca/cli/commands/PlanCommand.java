package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.screen.Terminals;
import dca.cli.text.Charts;
import dca.cli.text.ExamPlanText;
import dca.deck.Card;
import dca.deck.CardDomain;
import dca.deck.Deck;
import dca.progress.CardProgress;
import dca.progress.ProgressStore;
import dca.progress.Settings;
import dca.study.AnswerTime;
import dca.study.ExamCalendar;
import dca.study.ExamForecast;
import dca.study.SessionPlanner;
import dca.study.StudyProgress;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dca plan}: new cards per day back from the exam date, the workload to it, and what-if by retention. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        header = "Plan to the exam: new cards a day, the daily workload, the predicted score.",
        description = {"Works the new cards per day back from the exam date so every card is",
                "introduced before the final 3 days (review only), and simulates every day to",
                "the exam: reviews and minutes a day (at your median answer time) as a chart,",
                "and the predicted exam score (mean recall on the day by domain, weighted as",
                "the exam weighs them, as stats computes readiness). --retention compares",
                "desired retentions. Sessions use the plan's new cards unless --new says otherwise."})
final class PlanCommand extends SubCommand implements Callable<Integer> {
    /** The forecast's dice: fixed, so the same progress gives the same plan. */
    static final long SEED = 20261201L;

    @Parameters(paramLabel = "DECK", arity = "0..*", description = "Decks to plan (default: all).")
    List<String> decks = new ArrayList<>();

    @Option(names = "--exam-date", paramLabel = "YYYY-MM-DD", description = "Exam date (default: the one in settings).")
    String examDate;

    @Option(names = "--retention", paramLabel = "R[,R…]", split = ",", hideParamSyntax = true,
            description = "Desired retentions to compare, e.g. 0.80,0.85,0.90,0.95.")
    List<String> retentions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Env env = env();
        List<Double> compare = new ArrayList<>();
        for (String r : retentions) compare.add(retention(r));
        List<Deck> chosen = DeckSources.decks(root, decks);
        try (StudyProgress progress = Drill.openReadOnly(root)) {
            ProgressStore store = progress.store();
            store.reconcile(chosen); // read-only: in memory, so reworded cards count with their progress
            Settings settings = progress.settings();
            LocalDate today = LocalDate.now(env.clock());
            LocalDate exam = examDate(settings, today);
            ExamCalendar calendar = ExamCalendar.of(exam, env.clock().getZone());
            List<ExamForecast.Card> cards = cards(chosen, store.cards());
            int started = SessionPlanner.newCardsStartedOn(today, env.clock().getZone(), store.reviews(), new HashSet<>());
            double seconds = AnswerTime.medianSeconds(store.reviews());
            ExamForecast.Input base = new ExamForecast.Input(cards, settings.fsrsParameters(), calendar,
                    settings.examMode(), env.clock().instant(), started, seconds, SEED);
            ExamForecast.Result plan = ExamForecast.run(base);
            // Each retention with the exam mode setting, and without exam mode to show what it adds.
            Map<Double, ExamForecast.Result[]> whatIf = new LinkedHashMap<>();
            for (double r : compare) {
                ExamForecast.Result[] pair = new ExamForecast.Result[2];
                for (int mode = 0; mode < 2; mode++) {
                    pair[mode] = ExamForecast.run(new ExamForecast.Input(cards, settings.fsrsParameters().withRetention(r),
                            calendar, mode == 0 && settings.examMode(), env.clock().instant(), started, seconds, SEED));
                }
                whatIf.put(r, pair);
            }
            boolean plain = root.plain() || System.console() == null;
            new ExamPlanText(env.out(), Charts.of(env, plain, Terminals.outputWidth(env).orElse(80)))
                    .print(settings, calendar, today, plan, started, seconds, whatIf);
        }
        return ExitCode.OK;
    }

    private LocalDate examDate(Settings settings, LocalDate today) {
        LocalDate date;
        if (examDate != null) {
            try {
                date = LocalDate.parse(examDate.trim());
            } catch (DateTimeParseException e) {
                throw Failure.usage("--exam-date is not a date: " + examDate, "use the form 2026-12-15");
            }
        } else if (settings.examDate() != null) {
            date = settings.examDate();
        } else {
            throw Failure.usage("no exam date to plan for",
                    "give one with --exam-date YYYY-MM-DD, or keep it: dca config set exam-date YYYY-MM-DD");
        }
        if (!date.isAfter(today)) {
            throw Failure.usage("the exam date " + date + " is not after today (" + today + ")",
                    "give the date of an exam still to come");
        }
        return date;
    }

    private static double retention(String text) {
        try {
            double r = Double.parseDouble(text.trim());
            if (r >= 0.70 - 1e-12 && r <= 0.99 + 1e-12) return r;
        } catch (NumberFormatException e) {
            // below
        }
        throw Failure.usage("invalid --retention value '" + text + "'", "give retentions from 0.70 to 0.99, e.g. 0.80,0.85,0.90,0.95");
    }

    /** Every card of the decks once, in deck order, with its domain and progress. */
    static List<ExamForecast.Card> cards(List<Deck> decks, Map<dca.deck.CardId, CardProgress> progress) {
        List<ExamForecast.Card> out = new ArrayList<>();
        java.util.Set<dca.deck.CardId> seen = new HashSet<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                if (!seen.add(c.id())) continue;
                CardProgress p = progress.get(c.id());
                out.add(new ExamForecast.Card(c.id().value(), CardDomain.of(c, d).orElse(null), p == null ? null : p.memory()));
            }
        }
        return out;
    }
}
