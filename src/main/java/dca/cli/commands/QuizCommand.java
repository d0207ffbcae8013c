package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.study.SessionOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dca quiz}: its model is built in code ({@link CodedModel}), as it is the command started most. */
final class QuizCommand extends SubCommand implements Callable<Integer> {
    static final String NAME = "quiz";

    private CommandSpec spec;

    static CommandSpec model(DcaCommand root) {
        QuizCommand quiz = new QuizCommand();
        quiz.root = root;
        CommandSpec spec = CodedModel.command(quiz, NAME,
                "Study decks: due reviews first (least remembered first), then new cards up to",
                "today's limit. Keys: Space reveal, 1-4 grade, u undo, s skip, e edit, q quit, ? help.");
        spec.addPositional(CodedModel.decks("chapter-5, ch5, 5, a title slug, a domain, all (default), or a .md file."));
        spec.addOption(CodedModel.value("--new", Integer.class, "N",
                "New cards this session (default: what is left of today's limit).").build());
        SessionLimit.addTo(spec);
        DrillOptions.addTo(spec);
        quiz.spec = CodedModel.standardHelp(spec);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        SessionOptions options = new SessionOptions(DrillOptions.positive(CodedModel.value(spec, "--new"), "--new"),
                SessionLimit.value(spec), true, DrillOptions.presentation(spec));
        return Drill.planned(root, terminals(), NAME, CodedModel.decks(spec), options, DrillOptions.typed(spec));
    }
}
