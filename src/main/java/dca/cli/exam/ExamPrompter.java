package dca.cli.exam;

import dca.study.exam.ExamItem;
import dca.study.exam.ExamSession;

/** Shows the current exam item and reads one answer, on a terminal or over plain lines. */
public interface ExamPrompter extends AutoCloseable {
    /** Answers read: "y", "n", "q", letters such as "ac", "" when nothing was answered (time ran out). */
    String QUIT = "q";

    /** Shows the introduction and waits until the candidate is ready; false to cancel before the clock starts. */
    boolean begin(java.util.List<String> intro);

    /**
     * Shows the item (for DOMC, its current option) and returns a valid answer: "y"/"n" for DOMC,
     * the chosen letters for multiple choice, {@link #QUIT}, "" to re-check the clock, or null at
     * end of input.
     */
    String ask(ExamSession session, ExamItem item);

    /** Asks whether to really quit; true to quit. End of input counts as yes. */
    boolean confirmQuit(ExamSession session);

    /** Says the time ran out (once, before the report). */
    void timeUp();

    @Override
    void close();
}
