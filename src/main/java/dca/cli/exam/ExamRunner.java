package dca.cli.exam;

import dca.study.exam.DomcItem;
import dca.study.exam.ExamItem;
import dca.study.exam.ExamSession;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Runs an exam session to its end with a prompter: asks, answers, checks the clock before and after
 * each answer, confirms quitting, and hands every decided item to {@code onDecided} before the next
 * question shows (so it can be saved).
 */
public final class ExamRunner {
    private final ExamSession session;
    private final ExamPrompter prompter;
    private final Consumer<ExamItem> onDecided;
    private boolean endOfInput;

    public ExamRunner(ExamSession session, ExamPrompter prompter, Consumer<ExamItem> onDecided) {
        this.session = session;
        this.prompter = prompter;
        this.onDecided = onDecided;
    }

    /** True when the exam ended because the input ended. */
    public boolean endOfInput() { return endOfInput; }

    public void run() {
        while (!session.over()) {
            ExamItem item = session.current();
            String answer = prompter.ask(session, item);
            if (answer == null) {
                endOfInput = true;
                session.quit();
                break;
            }
            if (answer.isEmpty()) continue;
            if (answer.equals(ExamPrompter.QUIT)) {
                if (prompter.confirmQuit(session)) session.quit();
                continue;
            }
            ExamItem decided;
            if (item instanceof DomcItem) {
                decided = session.answerDomc(answer.equals("y"));
            } else {
                Set<Integer> letters = new TreeSet<>();
                for (char c : answer.toCharArray()) letters.add(c - 'a');
                decided = session.answerMcq(letters);
            }
            if (decided != null) onDecided.accept(decided);
        }
        if (session.end() == ExamSession.End.TIME_UP) prompter.timeUp();
    }

}
