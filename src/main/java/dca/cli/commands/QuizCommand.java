package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.study.SessionOptions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Study decks: due reviews first (least remembered first), then new cards up to",
                       "today's limit. Keys: Space reveal, 1-4 grade, u undo, s skip, e edit, q quit, ? help."})
final class QuizCommand extends SubCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DECK", arity = "0..*",
            description = "chapter-5, ch5, 5, a title slug, a domain, all (default), or a .md file.")
    List<String> decks;

    @Option(names = "--new", paramLabel = "N", description = "New cards this session (default: what is left of today's limit).")
    Integer newCards;

    @Mixin
    SessionLimit limit;

    @Mixin
    DrillOptions drill;

    @Override
    public Integer call() throws Exception {
        SessionOptions options = new SessionOptions(DrillOptions.positive(newCards, "--new"),
                limit.value(), true, drill.presentation());
        return Drill.planned(root, terminals(), "quiz", decks, options, drill.typed);
    }
}
