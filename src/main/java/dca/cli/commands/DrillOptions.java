package dca.cli.commands;

import dca.cli.run.Failure;
import dca.study.Presentation;
import picocli.CommandLine.Option;

/** How cards are asked: shared by quiz, review and weak. */
final class DrillOptions {
    @Option(names = "--typed", description = "Type each answer, see what differed, accept or override the suggested grade.")
    boolean typed;

    @Option(names = "--choice", description = "Ask term cards as multiple choice, with options from sibling terms.")
    boolean choice;

    @Option(names = "--flash", description = "Ask every card as a flashcard, written choice questions included.")
    boolean flash;

    Presentation presentation() {
        if (choice && flash) throw Failure.usage("--choice and --flash cannot be used together", "pick one of them");
        if (choice && typed) throw Failure.usage("--choice and --typed cannot be used together",
                "choice questions are answered with letters; drop one of the options");
        return choice ? Presentation.CHOICE : flash ? Presentation.FLASH : Presentation.AUTO;
    }

    static Integer positive(Integer n, String option) {
        if (n != null && n < 0) throw Failure.usage(option + " must be 0 or more, not " + n, "e.g. " + option + " 10");
        return n;
    }
}
