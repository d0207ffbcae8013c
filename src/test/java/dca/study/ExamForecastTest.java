package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Domain;
import dca.srs.FsrsParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamForecastTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final ExamCalendar EXAM = new ExamCalendar(LocalDate.of(2026, 12, 31), 3, ZoneOffset.UTC);

    private static List<ExamForecast.Card> newCards(int n) {
        List<ExamForecast.Card> cards = new ArrayList<>();
        for (int i = 0; i < n; i++) cards.add(new ExamForecast.Card("card-" + i, Domain.values()[i % 6], null));
        return cards;
    }

    private static ExamForecast.Result run(double retention, boolean examMode) {
        return ExamForecast.run(new ExamForecast.Input(newCards(300), FsrsParameters.defaults().withRetention(retention),
                EXAM, examMode, NOW, 0, 8, 42));
    }

    @Test
    void everyCardIsIntroducedBeforeTheWindowAndTheWindowIsReviewOnly() {
        ExamForecast.Result r = run(0.9, true);
        assertEquals(30, r.days().size());
        assertEquals(300, r.introduced());
        int introduced = 0;
        for (ExamForecast.Day d : r.days()) {
            // 300 over 27 days: 12 at first, then what is left over the days left (11 or 12)
            if (d.date().isBefore(EXAM.windowStart())) assertTrue(d.newCards() == 12 || d.newCards() == 11, d.toString());
            else assertEquals(0, d.newCards(), d.toString());
            introduced += d.newCards();
            assertEquals(d.reviews() * 8 / 60.0, d.minutes(), 1e-9);
        }
        assertEquals(300, introduced);
        // exam mode sees every card in the window: at least 300 answers over its three days
        int window = r.days().stream().filter(d -> !d.date().isBefore(EXAM.windowStart())).mapToInt(ExamForecast.Day::reviews).sum();
        assertTrue(window >= 300, "window answers " + window);
    }

    @Test
    void examModeRaisesRecallOnTheDayAndHigherRetentionCostsReviews() {
        ExamForecast.Result on = run(0.9, true);
        ExamForecast.Result off = run(0.9, false);
        assertTrue(on.predicted() > off.predicted(), on.predicted() + " vs " + off.predicted());
        assertTrue(on.predicted() > 0.9, "each card seen within three days of the exam: " + on.predicted());
        ExamForecast.Result low = run(0.8, false);
        ExamForecast.Result high = run(0.95, false);
        assertTrue(high.reviewsPerDay() > low.reviewsPerDay());
        assertTrue(high.predicted() > low.predicted());
        // the score weights domains by the exam weights
        double expected = 0;
        for (Domain d : Domain.values()) expected += d.weight() * on.recall().get(d);
        assertEquals(expected / 100, on.predicted(), 1e-12);
    }

    @Test
    void theSameInputGivesTheSameForecast() {
        assertEquals(run(0.85, true), run(0.85, true));
    }
}
