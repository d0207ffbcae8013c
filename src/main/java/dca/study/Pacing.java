package dca.study;

import java.time.LocalDate;

/**
 * New cards per day worked back from the exam date: what is left to introduce, spread evenly over
 * the days before the final window, so every card has been introduced when the window begins.
 */
public final class Pacing {
    private Pacing() {}

    /**
     * Today's new-card quota. {@code left} counts the cards not yet introduced, {@code startedToday}
     * the new cards already started today (they count against today's quota). In the final
     * window: none. Without an exam ahead, the ordinary {@code newPerDay}.
     */
    public static int newToday(ExamCalendar exam, LocalDate today, int left, int startedToday, int newPerDay) {
        if (exam == null || !today.isBefore(exam.examDate())) return newPerDay;
        int days = exam.introductionDays(today);
        if (days == 0) return 0;
        int total = left + startedToday;
        return (total + days - 1) / days;
    }
}
