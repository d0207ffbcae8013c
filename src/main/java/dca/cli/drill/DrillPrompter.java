package dca.cli.drill;

import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Answer;
import dca.study.AnswerDiff;
import dca.study.Question;
import dca.study.StudyItem;
import java.util.Map;
import java.util.Set;

/**
 * A front end of the drill: shows a card's steps and reads what the user does at each. The
 * {@link DrillRunner} decides what happens; a front end only asks and tells. Every ask returns a
 * valid {@link Reply}: front ends re-ask on input they do not understand.
 */
public interface DrillPrompter {
    /** What a flash card's reveal step gave: the typed answer with its diff ({@code --typed}), or nothing. */
    record Revealed(String typed, AnswerDiff.Result diff) {}

    /** A new card is up. */
    void show(Question q, DrillStatus status);

    /** Waits for the reveal: {@link Reply#text} with the typed answer ("" when not typing), or a command. */
    Reply reveal(Question q, DrillStatus status);

    /** Shows the answer and reads a grade: {@link Reply#grade}, or a command. */
    Reply grade(Question q, Revealed revealed, Map<Rating, MemoryState> preview, DrillStatus status);

    /** Reads the options picked for a choice question: {@link Reply#pick}, or a command. */
    Reply choose(Question q, DrillStatus status);

    /** Shows how a choice question went; may return a command (the card is already answered). */
    Reply chosen(Question q, Set<Integer> picked, Answer answer, DrillStatus status);

    /** A flash card was graded. */
    void graded(Question q, Answer answer);

    void skipped(StudyItem item);

    void undone(StudyItem item);

    void nothingToUndo();

    /** The queue is empty while the last answer can still be taken back: true to take it back. */
    boolean undoAtEnd(DrillStatus status);
}
