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
import picocli.CommandLine.Model.CommandSpec;

/** {@code dca weak}: its model is built in code ({@link CodedModel}), as it is started often. */
final class WeakCommand extends SubCommand implements Callable<Integer> {
    static final String NAME = "weak";
    static final int DEFAULT_LIMIT = 20;

    private CommandSpec spec;

    static CommandSpec model(DcaCommand root) {
        WeakCommand weak = new WeakCommand();
        weak.root = root;
        CommandSpec spec = CodedModel.command(weak, NAME,
                "Drill the cards you are about to forget, ranked by risk, or list them with --list.",
                "Risk comes from leeches (8+ lapses), recall below target, failures in the last 7 days,",
                "stability under 7 days and high difficulty. Answers are real reviews unless --cram.");
        spec.addPositional(CodedModel.decks("Decks to look at (default: all)."));
        spec.addOption(CodedModel.flag("--list", "Print the ranked table instead of drilling.").build());
        spec.addOption(CodedModel.flag("--cram", "Drill without rescheduling (answers are logged, schedules stay).").build());
        spec.addOption(CodedModel.value("--limit", Integer.class, "N", "At most N cards (default: " + DEFAULT_LIMIT + ").").build());
        DrillOptions.addTo(spec);
        weak.spec = CodedModel.standardHelp(spec);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        Integer limit = CodedModel.value(spec, "--limit");
        int max = limit == null ? DEFAULT_LIMIT : DrillOptions.positive(limit, "--limit");
        List<Deck> chosen = Drill.decks(root, CodedModel.decks(spec));
        Env env = root.env();
        Instant now = env.clock().instant();
        if (CodedModel.isSet(spec, "--list")) {
            try (StudyProgress store = Drill.openReadOnly(root)) {
                List<WeakCard> weak = new WeakRanking(store.scheduler())
                        .rank(chosen, store.log().cards(), store.log().reviews(), now);
                WeakTable.print(weak.subList(0, Math.min(max, weak.size())), weak.size(), env.out(), env.clock().getZone(),
                        Terminals.outputWidth(env));
                return ExitCode.OK;
            }
        }
        SessionOptions options = new SessionOptions(0, max, !CodedModel.isSet(spec, "--cram"), DrillOptions.presentation(spec));
        try (StudyProgress store = Drill.open(root, chosen)) {
            return Drill.run(root, terminals(), NAME, chosen, options, DrillOptions.typed(spec), store, (log, scheduler) -> {
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
