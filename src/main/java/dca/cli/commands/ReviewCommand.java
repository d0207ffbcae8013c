package dca.cli.commands;

import dca.cli.drill.Drill;
import dca.study.SessionOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dca review}: its model is built in code ({@link CodedModel}), as it is started often. */
final class ReviewCommand extends SubCommand implements Callable<Integer> {
    static final String NAME = "review";

    private CommandSpec spec;

    static CommandSpec model(DcaCommand root) {
        ReviewCommand review = new ReviewCommand();
        review.root = root;
        CommandSpec spec = CodedModel.command(review, NAME, "Review every card due now (no new cards), least remembered first.");
        spec.addPositional(CodedModel.decks("Decks to review (default: all)."));
        SessionLimit.addTo(spec);
        DrillOptions.addTo(spec);
        review.spec = CodedModel.standardHelp(spec);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        SessionOptions options = new SessionOptions(0, SessionLimit.value(spec), true, DrillOptions.presentation(spec));
        return Drill.planned(root, terminals(), NAME, CodedModel.decks(spec), options, DrillOptions.typed(spec));
    }
}
