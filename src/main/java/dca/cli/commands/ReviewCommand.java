package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.study.SessionOptions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review every card due now (no new cards), least remembered first.")
final class ReviewCommand extends SubCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DECK", arity = "0..*",
            description = "Decks to review (default: all).")
    List<String> decks;

    @Mixin
    SessionLimit limit;

    @Mixin
    DrillOptions drill;

    @Override
    public Integer call() throws Exception {
        SessionOptions options = new SessionOptions(0, limit.value(), true, drill.presentation());
        return Drill.planned(root, terminals(), "review", decks, options, drill.typed);
    }
}
