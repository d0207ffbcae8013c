package dca.study;

import dca.srs.Rating;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a session did: answers, how many right (anything but Again), time spent answering, grade
 * counts, skipped cards, when the next card of these decks is due, and leeches (8+ lapses) met.
 */
public record Summary(int reviewed, int right, long millis, Map<Rating, Integer> grades, int skipped,
                      Instant nextDue, List<StudyItem> leeches) {
    public Summary {
        grades = Map.copyOf(grades);
        leeches = List.copyOf(leeches);
    }

    /** Percent answered right, rounded; 0 when nothing was reviewed. */
    public int rightPercent() {
        return reviewed == 0 ? 0 : (int) Math.round(100.0 * right / reviewed);
    }
}
