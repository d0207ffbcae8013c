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

    private final java.util.OptionalInt tables;

    /** {@code tables}: the terminal's width, which the tables fit; empty for a pipe or a file, which gets them whole. */
    public StatsScreen(PrintStream out, Charts charts, double target, java.util.OptionalInt tables) {
        this.out = out;
        this.charts = charts;
        this.target = target;
        this.tables = tables;
    }

    public void print(StudyStats.Result r, ZoneId zone) {
        String exam = r.examInstant() == null ? "no exam date (set one with --exam-date YYYY-MM-DD)"
                : "exam " + LocalDate.ofInstant(r.examInstant(), zone) + " (" + r.readiness().daysLeft() + " days)";
        for (String l : wrap("Stats · " + r.today() + " · " + exam + " · target retention " + Charts.percent(target).trim())) {
            out.println(charts.bold(l));
        }
        out.println();
        table("Chapter", r.chapters(), r.examInstant() != null);
        out.println();
        table("Domain", r.domains(), r.examInstant() != null);
        out.println();
        table("", List.of(r.total()), r.examInstant() != null);
        if (!r.leeches().isEmpty()) {
            out.println();
            say("Leeches (" + StudyStats.LEECH_LAPSES + "+ lapses): " + r.leeches().size()
                    + " — rewrite them or split them; 'dca weak' drills them");
            for (String l : r.leeches().subList(0, Math.min(10, r.leeches().size()))) {
                for (String w : Wrap.hanging(l, charts.width(), "  ", "    ")) out.println(w);
            }
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

    /** Prose wrapped at spaces to the width. */
    private List<String> wrap(String text) {
        return Wrap.lines(text, charts.width(), "");
    }

    private void say(String text) {
        for (String l : wrap(text)) out.println(l);
    }

    /**
     * Cards by state, recall and retention per row, fitted to the width: the label shrinks first,
     * then relearn, learn, review, leech and new leave a narrow terminal, in that order.
     */
    private void table(String title, List<StatsRow> rows, boolean exam) {
        List<Table.Column> columns = new ArrayList<>(List.of(
                Table.Column.text(title, 12),
                Table.Column.keep("cards"),
                Table.Column.keep("new").dropping(2),
                Table.Column.keep("learn").dropping(5),
                Table.Column.keep("review").dropping(4),
                Table.Column.keep("relearn").dropping(6),
                Table.Column.keep("recall")));
        if (exam) columns.add(Table.Column.keep("exam"));
        columns.add(Table.Column.keep("retention").dropping(1));
        columns.add(Table.Column.keep("leech").dropping(3));
        List<List<String>> cells = new ArrayList<>();
        for (StatsRow row : rows) {
            List<String> c = new ArrayList<>(List.of("  " + row.label(), Integer.toString(row.cards()),
                    Integer.toString(row.count(CardState.NEW)), Integer.toString(row.count(CardState.LEARNING)),
                    Integer.toString(row.count(CardState.REVIEW)), Integer.toString(row.count(CardState.RELEARNING)),
                    Charts.percent(row.recallNow()).trim()));
            if (exam) c.add(Charts.percent(row.recallExam()).trim());
            c.add(Double.isNaN(row.retention()) ? "–" : Charts.percent(row.retention()).trim() + " (" + row.retentionReviews() + ")");
            c.add(Integer.toString(row.leeches()));
            cells.add(c);
        }
        int recall = 6;
        int retention = exam ? 8 : 7;
        Table.print(out, columns, cells, tables, false, (i, col, padded) -> {
            StatsRow row = rows.get(i);
            if (col == recall) return charts.color(padded, row.recallNow(), target);
            if (exam && col == recall + 1) return charts.color(padded, row.recallExam(), target);
            if (col == retention && !Double.isNaN(row.retention())) return charts.color(padded, row.retention(), target);
            return padded;
        });
    }

    private void readiness(StudyStats.Result r, ZoneId zone) {
        StudyStats.Readiness ready = r.readiness();
        String when = r.examInstant() == null ? "now" : "on " + LocalDate.ofInstant(r.examInstant(), zone);
        say("Readiness " + when + ": mean recall by domain, weighted as the exam weighs them");
        say("(never-studied cards count as 0; retention above is true retention over the last 30 days)");
        // "  TITLE  25%   80% BAR  123 cards": the title gives way first, the bar keeps at least 10 cells.
        int fixed = 26;
        int title = Math.max(10, Math.min(39, charts.width() - fixed - 10));
        int barWidth = Math.max(10, Math.min(30, charts.width() - fixed - title));
        for (Domain d : Domain.values()) {
            double f = ready.recall().get(d);
            int cards = ready.cards().get(d);
            out.println(String.format(Locale.ROOT, "  %s %3d%%  %s %s  %s",
                    Charts.fit(d.title(), title), d.weight(), Charts.percent(f),
                    charts.color(Charts.bar(f, barWidth), f, target),
                    cards == 0 ? "no cards" : cards + " cards").stripTrailing());
        }
        List<String> score = wrap(String.format(Locale.ROOT, "Predicted exam score: %d%% (no official pass mark is published)",
                Math.round(ready.predicted() * 100)));
        out.println(charts.bold(score.get(0)));
        for (String l : score.subList(1, score.size())) out.println(l);
        if (r.examInstant() != null && ready.daysLeft() <= 0) {
            say("The exam is today: recall now is what you take into it.");
        } else if (r.examInstant() != null) {
            say(String.format(Locale.ROOT,
                    "To keep every card at %s recall on the exam date: about %.1f reviews a day", Charts.percent(target).trim(),
                    ready.reviewsPerDay()));
            for (String l : Wrap.lines(String.format(Locale.ROOT, "(%d reviews in %d days, if every answer is right)",
                    ready.reviewsNeeded(), ready.daysLeft()), charts.width(), "  ")) out.println(l);
        }
    }

    private void heatmap(StudyStats.Result r) {
        int weeks = StudyStats.HEATMAP_WEEKS;
        LocalDate firstMonday = r.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1);
        int max = r.reviewsPerDay().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int total = r.reviewsPerDay().values().stream().mapToInt(Integer::intValue).sum();
        say("Reviews, last " + weeks + " weeks (" + total + " reviews, busiest day " + max + ")");
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
        say("Due, next " + f.size() + " days (" + f.stream().mapToInt(Integer::intValue).sum()
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
        say(String.format(Locale.ROOT, "Reviews per day, last %d days (%d reviews, %s spent, %.1f a day)",
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
