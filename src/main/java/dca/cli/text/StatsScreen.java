package dca.cli.text;

import dca.deck.Domain;
import dca.srs.CardState;
import dca.study.stats.StatsRow;
import dca.study.stats.StudyStats;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints {@link StudyStats} as tables and Unicode-block charts. */
public final class StatsScreen {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd", Locale.ROOT);

    private final PrintStream out;
    private final Charts charts;
    private final double target;

    public StatsScreen(PrintStream out, Charts charts, double target) {
        this.out = out;
        this.charts = charts;
        this.target = target;
    }

    public void print(StudyStats.Result r, ZoneId zone) {
        String exam = r.examInstant() == null ? "no exam date (set one with --exam-date YYYY-MM-DD)"
                : "exam " + LocalDate.ofInstant(r.examInstant(), zone) + " (" + r.readiness().daysLeft() + " days)";
        out.println(charts.bold("Stats · " + r.today() + " · " + exam + " · target retention " + Charts.percent(target).trim()));
        out.println();
        table("Chapter", r.chapters(), r.examInstant() != null);
        out.println();
        table("Domain", r.domains(), r.examInstant() != null);
        out.println();
        table("", List.of(r.total()), r.examInstant() != null);
        if (!r.leeches().isEmpty()) {
            out.println();
            out.println("Leeches (" + StudyStats.LEECH_LAPSES + "+ lapses): " + r.leeches().size()
                    + " — rewrite them or split them; 'dca weak' drills them");
            for (String l : r.leeches().subList(0, Math.min(10, r.leeches().size()))) out.println("  " + l);
        }
        out.println();
        readiness(r, zone);
        out.println();
        heatmap(r);
        out.println();
        forecast(r);
        out.println();
        activity(r);
    }

    private void table(String title, List<StatsRow> rows, boolean exam) {
        int label = Math.max(title.length(), 8);
        for (StatsRow row : rows) label = Math.max(label, row.label().length());
        label = Math.min(label, 28);
        out.println(String.format(Locale.ROOT, "%s %5s %5s %5s %6s %7s %6s %5s  %-10s %5s",
                Charts.fit(title, label + 2), "cards", "new", "learn", "review", "relearn", "recall",
                exam ? "exam" : "", "retention", "leech").stripTrailing());
        for (StatsRow row : rows) {
            // Pad before colouring: escape codes would count towards the width.
            String retention = Double.isNaN(row.retention()) ? String.format(Locale.ROOT, "%-10s", "   –")
                    : charts.color(String.format(Locale.ROOT, "%-10s",
                            Charts.percent(row.retention()) + " (" + row.retentionReviews() + ")"), row.retention(), target);
            String now = charts.color(String.format(Locale.ROOT, "%6s", Charts.percent(row.recallNow())), row.recallNow(), target);
            String atExam = exam ? charts.color(String.format(Locale.ROOT, "%5s", Charts.percent(row.recallExam())),
                    row.recallExam(), target) : " ".repeat(5);
            out.println(String.format(Locale.ROOT, "  %s %5d %5d %5d %6d %7d %s %s  %s %5d",
                    Charts.fit(row.label(), label), row.cards(), row.count(CardState.NEW),
                    row.count(CardState.LEARNING), row.count(CardState.REVIEW), row.count(CardState.RELEARNING),
                    now, atExam, retention, row.leeches()).stripTrailing());
        }
    }

    private void readiness(StudyStats.Result r, ZoneId zone) {
        StudyStats.Readiness ready = r.readiness();
        String when = r.examInstant() == null ? "now" : "on " + LocalDate.ofInstant(r.examInstant(), zone);
        out.println("Readiness " + when + ": mean recall by domain, weighted as the exam weighs them");
        out.println("(never-studied cards count as 0; retention above is true retention over the last 30 days)");
        int barWidth = Math.max(10, Math.min(30, charts.width() - 66));
        for (Domain d : Domain.values()) {
            double f = ready.recall().get(d);
            int cards = ready.cards().get(d);
            out.println(String.format(Locale.ROOT, "  %s %3d%%  %s %s  %s",
                    Charts.fit(d.title(), 39), d.weight(), Charts.percent(f),
                    charts.color(Charts.bar(f, barWidth), f, target),
                    cards == 0 ? "no cards" : cards + " cards").stripTrailing());
        }
        out.println(charts.bold(String.format(Locale.ROOT, "Predicted exam score: %d%%", Math.round(ready.predicted() * 100)))
                + " (no official pass mark is published)");
        if (r.examInstant() != null && ready.daysLeft() <= 0) {
            out.println("The exam is today: recall now is what you take into it.");
        } else if (r.examInstant() != null) {
            out.println(String.format(Locale.ROOT,
                    "To keep every card at %s recall on the exam date: about %.1f reviews a day", Charts.percent(target).trim(),
                    ready.reviewsPerDay()));
            out.println(String.format(Locale.ROOT, "  (%d reviews in %d days, if every answer is right)",
                    ready.reviewsNeeded(), ready.daysLeft()));
        }
    }

    private void heatmap(StudyStats.Result r) {
        int weeks = StudyStats.HEATMAP_WEEKS;
        LocalDate firstMonday = r.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1);
        int max = r.reviewsPerDay().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int total = r.reviewsPerDay().values().stream().mapToInt(Integer::intValue).sum();
        out.println("Reviews, last " + weeks + " weeks (" + total + " reviews, busiest day " + max + ")");
        StringBuilder months = new StringBuilder();
        String lastMonth = "";
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            String m = monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT);
            if (!m.equals(lastMonth) && months.length() <= 7 + w * 2) {
                while (months.length() < 7 + w * 2) months.append(' ');
                months.append(m);
                lastMonth = m;
            }
        }
        out.println(months.toString().stripTrailing());
        for (int dow = 0; dow < 7; dow++) {
            StringBuilder line = new StringBuilder("  ");
            line.append(DayOfWeek.of(dow + 1).getDisplayName(TextStyle.SHORT, Locale.ROOT)).append(' ');
            for (int w = 0; w < weeks; w++) {
                LocalDate day = firstMonday.plusWeeks(w).plusDays(dow);
                if (day.isAfter(r.today())) break;
                line.append(' ').append(Charts.shade(r.reviewsPerDay().getOrDefault(day, 0), max));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("      less · ░ ▒ ▓ █ more");
    }

    private void forecast(StudyStats.Result r) {
        List<Integer> f = r.forecast();
        int max = f.stream().mapToInt(Integer::intValue).max().orElse(0);
        out.println("Due, next " + f.size() + " days (" + f.stream().mapToInt(Integer::intValue).sum()
                + " cards; today includes overdue)");
        int barWidth = Math.max(10, Math.min(50, charts.width() - 20));
        for (int i = 0; i < f.size(); i++) {
            LocalDate day = r.today().plusDays(i);
            out.println(String.format(Locale.ROOT, "  %s %5d %s", DAY.format(day), f.get(i),
                    Charts.bar(max == 0 ? 0 : (double) f.get(i) / max, barWidth)).stripTrailing());
        }
    }

    private void activity(StudyStats.Result r) {
        int days = StudyStats.ACTIVITY_DAYS;
        List<Integer> counts = new ArrayList<>();
        long totalMs = 0;
        int totalReviews = 0;
        for (int i = days - 1; i >= 0; i--) {
            LocalDate day = r.today().minusDays(i);
            counts.add(r.reviewsPerDay().getOrDefault(day, 0));
            totalMs += r.msPerDay().getOrDefault(day, 0L);
            totalReviews += r.reviewsPerDay().getOrDefault(day, 0);
        }
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        out.println(String.format(Locale.ROOT, "Reviews per day, last %d days (%d reviews, %s spent, %.1f a day)",
                days, totalReviews, minutes(totalMs), totalReviews / (double) days));
        int barWidth = Math.max(10, Math.min(50, charts.width() - 28));
        for (int i = 0; i < days; i++) {
            LocalDate day = r.today().minusDays(days - 1 - i);
            long ms = r.msPerDay().getOrDefault(day, 0L);
            out.println(String.format(Locale.ROOT, "  %s %5d %7s %s", DAY.format(day), counts.get(i), minutes(ms),
                    Charts.bar(max == 0 ? 0 : (double) counts.get(i) / max, barWidth)).stripTrailing());
        }
    }

    /** 0 → "0m", 95 s → "1m35s", 2 h → "2h00m". */
    static String minutes(long ms) {
        Duration d = Duration.ofMillis(ms);
        long s = d.getSeconds();
        if (s >= 3600) return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        if (s >= 60) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        return s + "s";
    }
}
