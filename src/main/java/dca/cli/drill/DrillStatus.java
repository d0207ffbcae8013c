package dca.cli.drill;

import dca.study.StudySession;

/**
 * Where the session stands, for a front end's header.
 *
 * @param position the card's place in the session (1-based)
 * @param origin   why the current card is asked (null when it is none of due, new, learning)
 */
public record DrillStatus(int position, int total, int due, int fresh, StudySession.Origin origin, boolean canUndo) {
    static DrillStatus of(StudySession s) {
        return new DrillStatus(s.done() + 1, s.total(), s.remainingDue(), s.remainingNew(), s.currentOrigin(), s.canUndo());
    }
}
