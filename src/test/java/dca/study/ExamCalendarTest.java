package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.srs.CardState;
import dca.srs.MemoryState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExamCalendarTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ExamCalendar EXAM = new ExamCalendar(LocalDate.of(2026, 12, 31), 3, ZONE);

    private static MemoryState review(Instant last, Instant due) {
        return new MemoryState(CardState.REVIEW, 0, 40, 5, due, last, 40, 5, 0);
    }

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    @Test
    void aDueDatePastTheExamMovesToTheCardsWindowDay() {
        Instant now = at("2026-12-10T09:00");
        MemoryState next = review(now, at("2027-01-20T09:00"));
        MemoryState kept = EXAM.keepInside(next, now, "abc123");
        LocalDate day = EXAM.spreadDay("abc123");
        assertEquals(day.atStartOfDay(ZONE).toInstant(), kept.due());
        assertTrue(!day.isBefore(LocalDate.of(2026, 12, 28)) && day.isBefore(LocalDate.of(2026, 12, 31)), day.toString());
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 12, 10), day), kept.scheduledDays());
        assertEquals(next.stability(), kept.stability());
        assertEquals(next.difficulty(), kept.difficulty());
    }

    @Test
    void aDueDateOnTheExamDayCountsAsPastIt() {
        Instant now = at("2026-12-10T09:00");
        assertEquals(EXAM.spreadDay("x").atStartOfDay(ZONE).toInstant(),
                EXAM.keepInside(review(now, at("2026-12-31T09:00")), now, "x").due());
    }

    @Test
    void dueDatesBeforeTheExamAndAfterItAreLeftAlone() {
        Instant now = at("2026-12-10T09:00");
        MemoryState inside = review(now, at("2026-12-29T09:00"));
        assertSame(inside, EXAM.keepInside(inside, now, "x"));
        Instant afterExam = at("2026-12-31T18:00");
        MemoryState resumed = review(afterExam, at("2027-02-01T18:00"));
        assertSame(resumed, EXAM.keepInside(resumed, afterExam, "x"));
    }

    @Test
    void aReviewInTheWindowIsDueOnTheExamMorningAtTheLatest() {
        Instant now = at("2026-12-29T20:00");
        assertEquals(EXAM.examStart(), EXAM.keepInside(review(now, at("2027-03-01T20:00")), now, "x").due());
    }

    @Test
    void aCardScheduledPastTheExamBeforeExamModeIsDueOnItsWindowDay() {
        Instant last = at("2026-11-01T09:00");
        MemoryState m = review(last, at("2027-02-01T09:00"));
        assertEquals(EXAM.spreadDay("k").atStartOfDay(ZONE).toInstant(), EXAM.effectiveDue("k", m));
        // once seen in the window, its own due date counts again
        MemoryState seen = review(at("2026-12-29T10:00"), EXAM.examStart());
        assertEquals(EXAM.examStart(), EXAM.effectiveDue("k", seen));
    }

    @Test
    void windowDaysShareTheCardsEvenly() {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (int i = 0; i < 3000; i++) perDay.merge(EXAM.spreadDay(dca.deck.CardId.of(dca.deck.Kind.BASIC, "card " + i).value()), 1, Integer::sum);
        assertEquals(3, perDay.size());
        perDay.values().forEach(n -> assertTrue(n > 900 && n < 1100, perDay.toString()));
    }

    @Test
    void pacingSpreadsWhatIsLeftOverTheDaysBeforeTheWindow() {
        ExamCalendar exam = new ExamCalendar(LocalDate.of(2026, 12, 31), 3, ZONE);
        // 27 days (Dec 1 … Dec 27) for 300 cards
        assertEquals(12, Pacing.newToday(exam, LocalDate.of(2026, 12, 1), 300, 0, 20));
        assertEquals(12, Pacing.newToday(exam, LocalDate.of(2026, 12, 1), 290, 10, 20));
        assertEquals(5, Pacing.newToday(exam, LocalDate.of(2026, 12, 27), 5, 0, 20));
        assertEquals(0, Pacing.newToday(exam, LocalDate.of(2026, 12, 28), 5, 0, 20));
        assertEquals(20, Pacing.newToday(exam, LocalDate.of(2026, 12, 31), 5, 0, 20));
        assertEquals(20, Pacing.newToday(null, LocalDate.of(2026, 12, 1), 300, 0, 20));
    }
}
