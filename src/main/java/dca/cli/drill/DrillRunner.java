package dca.cli.drill;

import dca.cli.run.Timing;
import dca.progress.ProgressException;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Answer;
import dca.study.AnswerDiff;
import dca.study.Question;
import dca.study.StudyItem;
import dca.study.StudySession;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a study session with any front end: asks each card step by step (reveal and grade, or
 * choose), and carries out quit, skip and undo, the same for the full screen and plain lines.
 * Every answer is saved by the session before the next card shows.
 */
public final class DrillRunner {
    private final StudySession session;
    private final DrillPrompter prompter;
    private final boolean typed;
    private boolean quit;
    private boolean interrupted;

    public DrillRunner(StudySession session, DrillPrompter prompter, boolean typed) {
        this.session = session;
        this.prompter = prompter;
        this.typed = typed;
    }

    /** True when the session was ended by Ctrl-C. */
    public boolean interrupted() { return interrupted; }

    /** Runs until the queue is empty or the user quits. */
    public void run() throws ProgressException {
        while (!quit) {
            Optional<Question> next = session.current();
            if (next.isPresent()) {
                ask(next.get());
                continue;
            }
            if (!session.canUndo() || !prompter.undoAtEnd(status())) break;
            Optional<StudyItem> undone = session.undo();
            if (undone.isEmpty()) break;
            prompter.undone(undone.get());
        }
    }

    private void ask(Question q) throws ProgressException {
        prompter.show(q, status());
        Timing.mark("first-card");
        long start = System.nanoTime();
        if (q.isChoice()) choose(q, start);
        else flash(q, start);
    }

    private void flash(Question q, long start) throws ProgressException {
        Reply reveal = prompter.reveal(q, status());
        if (reveal.isCommand()) {
            command(reveal);
            return;
        }
        AnswerDiff.Result diff = typed ? AnswerDiff.compare(q.answer(), reveal.text()) : null;
        DrillPrompter.Revealed revealed = new DrillPrompter.Revealed(typed ? reveal.text() : null, diff);
        Map<Rating, MemoryState> preview = session.preview();
        Reply grade = prompter.grade(q, revealed, preview, status());
        if (grade.isCommand()) {
            command(grade);
            return;
        }
        String mode = typed ? "typed" : q.kind() == Question.Kind.LIST ? "list" : "flash";
        Answer a = session.grade(grade.rating(), mode, elapsed(start));
        prompter.graded(q, a);
    }

    private void choose(Question q, long start) throws ProgressException {
        Reply pick = prompter.choose(q, status());
        if (pick.isCommand()) {
            command(pick);
            return;
        }
        Answer a = session.choose(pick.picked(), elapsed(start));
        Reply after = prompter.chosen(q, pick.picked(), a, status());
        if (after.isCommand() && after.command() != Reply.Command.SKIP) command(after); // answered: nothing to skip
    }

    private void command(Reply reply) throws ProgressException {
        switch (reply.command()) {
            case QUIT -> quit = true;
            case INTERRUPT -> {
                quit = true;
                interrupted = true;
            }
            case SKIP -> {
                StudyItem item = session.current().orElseThrow().item();
                session.skip();
                prompter.skipped(item);
            }
            case UNDO -> {
                Optional<StudyItem> undone = session.undo();
                if (undone.isPresent()) prompter.undone(undone.get());
                else prompter.nothingToUndo();
            }
            case NONE -> { }
        }
    }

    private DrillStatus status() {
        return DrillStatus.of(session);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
