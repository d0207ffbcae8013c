package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.screen.Terminals;
import dca.cli.text.WeakTable;
import dca.deck.Deck;
import dca.study.SessionOptions;
import dca.study.SessionPlanner;
import dca.study.StudyItem;
import dca.study.StudyProgress;
import dca.study.WeakCard;
import dca.study.WeakRanking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "weak", mixinStandardHelpOptions = true,
        description = {"Drill the cards you are about to forget, ranked by risk, or list them with --list.",
                       "Risk comes from leeches (8+ lapses), recall below target, failures in the last 7 days,",
                       "stability under 7 days and high difficulty. Answers are real reviews unless --cram."})
final class WeakCommand extends SubCommand implements Callable<Integer> {
    static final int DEFAULT_LIMIT = 20;

    @Parameters(paramLabel = "DECK", arity = "0..*",
            description = "Decks to look at (default: all).")
    List<String> decks;

    @Option(names = "--list", description = "Print the ranked table instead of drilling.")
    boolean list;

    @Option(names = "--cram", description = "Drill without rescheduling (answers are logged, schedules stay).")
    boolean cram;

    @Option(names = "--limit", paramLabel = "N", description = "At most N cards (default: " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    DrillOptions drill;

    @Override
    public Integer call() throws Exception {
        int max = limit == null ? DEFAULT_LIMIT : DrillOptions.positive(limit, "--limit");
        List<Deck> chosen = Drill.decks(root, decks);
        Env env = root.env();
        Instant now = env.clock().instant();
        if (list) {
            try (StudyProgress store = Drill.openReadOnly(root)) {
                List<WeakCard> weak = new WeakRanking(store.scheduler())
                        .rank(chosen, store.log().cards(), store.log().reviews(), now);
                WeakTable.print(weak.subList(0, Math.min(max, weak.size())), weak.size(), env.out(), env.clock().getZone(),
                        Terminals.outputWidth(env));
                return ExitCode.OK;
            }
        }
        SessionOptions options = new SessionOptions(0, max, !cram, drill.presentation());
        try (StudyProgress store = Drill.open(root, chosen)) {
            return Drill.run(root, terminals(), "weak", chosen, options, drill.typed, store, (log, scheduler) -> {
                List<StudyItem> items = new ArrayList<>();
                for (WeakCard w : new WeakRanking(scheduler).rank(chosen, log.cards(), log.reviews(), now)) {
                    if (items.size() == max) break;
                    items.add(w.item());
                }
                return SessionPlanner.fixed(items);
            });
        }
    }
}
