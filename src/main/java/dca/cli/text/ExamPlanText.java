package dca.cli.text;

import dca.deck.Domain;
import dca.progress.Settings;
import dca.study.ExamCalendar;
import dca.study.ExamForecast;
import dca.study.Pacing;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/** What {@code dca plan} prints: the pacing, the daily workload chart, the predicted score and the what-if table. */
public final class ExamPlanText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MM-dd", Locale.ROOT);

    private final PrintStream out;
    private final Charts charts;

    public ExamPlanText(PrintStream out, Charts charts) {
        this.out = out;
        this.charts = charts;
    }

    public void print(Settings settings, ExamCalendar exam, LocalDate today, ExamForecast.Result plan, int startedToday,
                      double secondsPerAnswer, Map<Double, ExamForecast.Result[]> whatIf) {
        long days = ChronoUnit.DAYS.between(today, exam.examDate());
        for (String l : wrap(String.format(Locale.ROOT, "Plan · exam %s (in %d days) · final window %s to %s, review only",
                exam.examDate(), days, exam.windowStart(), exam.examDate().minusDays(1)), "")) out.println(charts.bold(l));
        int left = plan.cards() - plan.studied();
        say(String.format(Locale.ROOT, "%d cards: %d studied, %d new.", plan.cards(), plan.studied(), left), "");
        int quota = Pacing.newToday(exam, today, left, startedToday, settings.newPerDay());
        if (exam.introductionDays(today) == 0) {
            say("New cards: none (the final window is for review only).", "");
        } else {
            say(String.format(Locale.ROOT, "New cards: %d a day (%d today, %d started already), every card introduced by %s.",
                    quota, Math.max(0, quota - startedToday), startedToday, exam.windowStart().minusDays(1)), "");
        }
        say(settings.examMode()
                ? "Exam mode on: no interval runs past the exam; every card is seen once in the final window."
                : "Exam mode off: intervals may run past the exam (dca config set exam-mode on).", "");
        say(String.format(Locale.ROOT, "Scheduler: %s, desired retention %s; %.1f s an answer (your median).",
                settings.weights() == null ? "FSRS default weights" : "your fitted weights",
                plain(settings.desiredRetention()), secondsPerAnswer), "");
        out.println();
        chart(plan);
        out.println();
        out.println(charts.bold(String.format(Locale.ROOT, "Predicted exam score on %s: %d%%", exam.examDate(),
                Math.round(plan.predicted() * 100))));
        java.util.List<String> domains = new java.util.ArrayList<>();
        for (Domain d : Domain.values()) domains.add(d.slug() + " " + Math.round(plan.recall().get(d) * 100) + "%");
        for (String l : Wrap.words(domains, charts.width(), "  ", "  ", " ")) out.println(l);
        java.util.List<String> empty = new java.util.ArrayList<>();
        for (Domain d : Domain.values()) if (plan.domainCards().get(d) == 0) empty.add(d.slug());
        if (!empty.isEmpty()) {
            say("(no cards for " + String.join(", ", empty) + " in these decks: they count as 0, as in stats)", "  ");
        }
        if (!whatIf.isEmpty()) {
            out.println();
            say("What-if by desired retention (each simulated to the exam; the score is the predicted exam score):", "");
            out.println(String.format(Locale.ROOT, "  %9s %11s %5s %11s %6s %13s", "retention", "reviews/day", "peak", "minutes/day",
                    "score", settings.examMode() ? "without exam mode" : ""));
            for (Map.Entry<Double, ExamForecast.Result[]> e : whatIf.entrySet()) {
                ExamForecast.Result r = e.getValue()[0];
                String without = settings.examMode()
                        ? String.format(Locale.ROOT, " %16d%%", Math.round(e.getValue()[1].predicted() * 100)) : "";
                out.println(String.format(Locale.ROOT, "  %9s %11.1f %5d %11.1f %5d%%%s", plain(e.getKey()), r.reviewsPerDay(),
                        r.peakReviews(), r.reviewsPerDay() * secondsPerAnswer / 60, Math.round(r.predicted() * 100), without));
            }
        }
    }

    private void chart(ExamForecast.Result plan) {
        out.println("Daily workload to the exam (new cards, answers, minutes)");
        int max = Math.max(1, plan.peakReviews());
        int cells = Math.max(10, charts.width() - 36);
        int total = 0;
        LocalDate peakDay = null;
        for (ExamForecast.Day d : plan.days()) {
            total += d.reviews();
            if (d.reviews() == max) peakDay = peakDay == null ? d.date() : peakDay;
            out.println(String.format(Locale.ROOT, "  %s %4d %s %5d %4.0fm", DAY.format(d.date()), d.newCards(),
                    Charts.bar((double) d.reviews() / max, cells), d.reviews(), d.minutes()));
        }
        say(String.format(Locale.ROOT, "%d answers in %d days: %.1f a day, %d at most%s", total, plan.days().size(),
                plan.reviewsPerDay(), plan.peakReviews(), peakDay == null ? "" : " (" + DAY.format(peakDay) + ")"), "  ");
    }

    private java.util.List<String> wrap(String text, String indent) {
        return Wrap.lines(text, charts.width(), indent);
    }

    private void say(String text, String indent) {
        for (String l : wrap(text, indent)) out.println(l);
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
