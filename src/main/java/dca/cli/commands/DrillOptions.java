package dca.cli.commands;

import dca.cli.run.Failure;
import dca.study.Presentation;
import picocli.CommandLine.Model.CommandSpec;

/** How cards are asked: shared by quiz, review and weak. */
final class DrillOptions {
    private DrillOptions() {}

    static void addTo(CommandSpec spec) {
        spec.addOption(CodedModel.flag("--typed", "Type each answer, see what differed, accept or override the suggested grade.").build());
        spec.addOption(CodedModel.flag("--choice", "Ask term cards as multiple choice, with options from sibling terms.").build());
        spec.addOption(CodedModel.flag("--flash", "Ask every card as a flashcard, written choice questions included.").build());
    }

    static boolean typed(CommandSpec spec) {
        return CodedModel.isSet(spec, "--typed");
    }

    static Presentation presentation(CommandSpec spec) {
        boolean choice = CodedModel.isSet(spec, "--choice");
        boolean flash = CodedModel.isSet(spec, "--flash");
        if (choice && flash) throw Failure.usage("--choice and --flash cannot be used together", "pick one of them");
        if (choice && typed(spec)) throw Failure.usage("--choice and --typed cannot be used together",
                "choice questions are answered with letters; drop one of the options");
        return choice ? Presentation.CHOICE : flash ? Presentation.FLASH : Presentation.AUTO;
    }

    static Integer positive(Integer n, String option) {
        if (n != null && n < 0) throw Failure.usage(option + " must be 0 or more, not " + n, "e.g. " + option + " 10");
        return n;
    }
}
