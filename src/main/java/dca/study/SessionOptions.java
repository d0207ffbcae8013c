package dca.study;

/**
 * What a session draws and how it shows it.
 *
 * @param newCards     new cards for this session; null means what is left of today's limit
 *                     ({@code newPerDay} minus new cards already started today)
 * @param limit        at most this many cards from the queue (null: no limit)
 * @param reschedule   false for cram: answers are logged but no schedule changes
 * @param presentation flashcards, choice questions, or each card as it was written
 */
public record SessionOptions(Integer newCards, Integer limit, boolean reschedule, Presentation presentation) {
    public static SessionOptions defaults() {
        return new SessionOptions(null, null, true, Presentation.AUTO);
    }

    public SessionOptions {
        if (presentation == null) presentation = Presentation.AUTO;
    }
}
