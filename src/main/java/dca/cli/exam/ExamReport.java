package dca.cli.exam;

import dca.cli.text.Charts;
import dca.cli.text.Wrap;
import dca.deck.Domain;
import dca.deck.Option;
import dca.progress.ExamRecord;
import dca.study.exam.ExamHistory;
import dca.study.exam.ExamItem;
import dca.study.exam.ExamScore;
import dca.study.exam.ExamSession;
import dca.study.exam.McqItem;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The exam's end report and the history listing. No pass mark is shown: none is published. */
public final class ExamReport {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final PrintStream out;
    private final Charts charts;

    public ExamReport(PrintStream out, Charts charts) {
        this.out = out;
        this.charts = charts;
    }

    public void print(ExamScore score, Duration limit) {
        out.println();
        String head = String.format(Locale.ROOT, "Score: %d of %d right (%d%%) · time used %s of %s",
                score.correct(), score.questions(), score.percent(), Charts.clock(score.timeUsed()), Charts.clock(limit));
        for (String l : wrap(head, "", "")) out.println(charts.bold(l));
        int answered = (int) score.missed().stream().filter(ExamItem::decided).count()
                + score.correct();
        if (score.end() == ExamSession.End.QUIT) {
            say("Quit after " + answered + " of " + score.questions()
                    + " questions: partial result, unanswered questions count as wrong.", "", "");
        } else if (score.end() == ExamSession.End.TIME_UP) {
            say("Time ran out after " + answered + " of " + score.questions()
                    + " questions: unanswered questions count as wrong.", "", "");
        }
        out.println();
        out.println("By domain");
        domainBars(score.domains());
        List<ExamItem> missed = score.missed();
        if (missed.isEmpty()) {
            out.println();
            out.println("No question missed.");
            return;
        }
        out.println();
        out.println("Missed (" + missed.size() + ")");
        int n = 0;
        for (ExamItem item : missed) {
            n++;
            out.println();
            String number = String.format(Locale.ROOT, "%2d. ", n);
            say("[" + item.domain().slug() + "] " + item.card().prompt(), number, " ".repeat(number.length()));
            for (String right : rightAnswers(item)) say(right, "    right: ", FIELD);
            // A DOMC item cut short by the clock or a quit can have answers without being decided.
            String given = item.given();
            say(given.isEmpty() ? "not answered" : given, "    you:   ", FIELD);
            if (!item.card().explanation().isBlank()) say(item.card().explanation(), "    why:   ", FIELD);
            if (!item.card().link().isBlank() && !item.card().explanation().contains(item.card().link())) {
                say(item.card().link(), "    docs:  ", FIELD);
            }
            String source = item.card().source().toString();
            if (!source.isEmpty()) say(source, "    notes: ", FIELD);
        }
    }

    /** Continuation lines of a field ("    why:   …") line up under its text. */
    private static final String FIELD = " ".repeat(11);

    /** {@code text} wrapped at spaces to the report's width, after {@code first} and then {@code rest}. */
    private List<String> wrap(String text, String first, String rest) {
        return Wrap.hanging(text, charts.width(), first, rest);
    }

    private void say(String text, String first, String rest) {
        for (String l : wrap(text, first, rest)) out.println(l);
    }

    private static List<String> rightAnswers(ExamItem item) {
        List<String> out = new ArrayList<>();
        List<Option> options = item.options();
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).correct()) continue;
            out.add(item instanceof McqItem ? McqItem.letter(i) + ") " + options.get(i).text() : options.get(i).text());
        }
        return out;
    }

    private void domainBars(Map<Domain, ExamRecord.DomainScore> domains) {
        int label = 0;
        for (Domain d : domains.keySet()) label = Math.max(label, d.title().length());
        // "  TITLE  8/14   57% BAR": the title gives way to keep a bar of 10 cells.
        label = Math.max(8, Math.min(label, charts.width() - 16 - 10));
        int barWidth = Math.max(10, Math.min(40, charts.width() - label - 16));
        for (Map.Entry<Domain, ExamRecord.DomainScore> e : domains.entrySet()) {
            ExamRecord.DomainScore s = e.getValue();
            double f = s.questions() == 0 ? 0 : (double) s.correct() / s.questions();
            out.println(String.format(Locale.ROOT, "  %s %3d/%-3d %s %s", Charts.fit(e.getKey().title(), label),
                    s.correct(), s.questions(), Charts.percent(f), charts.color(Charts.bar(f, barWidth), f, 0.75)).stripTrailing());
        }
    }

    public void history(ExamHistory history, ZoneId zone) {
        List<ExamRecord> exams = history.exams();
        if (exams.isEmpty()) {
            out.println("No exams taken yet. Start one with: dca exam");
            return;
        }
        out.println("Exam history (" + exams.size() + ")");
        out.println("  when              format  score          time   ");
        for (ExamRecord r : exams) {
            int pct = ExamHistory.percent(r);
            out.println(String.format(Locale.ROOT, "  %s  %-6s  %3d/%-3d %4d%%  %6s  %s",
                    WHEN.format(r.startedAt().atZone(zone)), r.format(), r.correct(), r.questions(), pct,
                    Charts.clock(Duration.between(r.startedAt(), r.finishedAt())), r.complete() ? "" : "partial").stripTrailing());
        }
        out.println();
        List<Integer> completeScores = history.completeScores();
        if (completeScores.size() >= 2) {
            say(String.format(Locale.ROOT, "Trend over %d complete exams: %d%% → %d%% (%+d points)  %s",
                    completeScores.size(), completeScores.get(0), completeScores.get(completeScores.size() - 1),
                    history.change(), Charts.sparkline(completeScores)), "", "");
        } else if (completeScores.size() == 1) {
            say("One complete exam so far: " + completeScores.get(0) + "%. Take another to see a trend.", "", "");
        } else {
            say("No complete exam yet: partial results are listed but not part of the trend.", "", "");
        }
        if (!history.domainTotals().isEmpty()) {
            out.println("By domain over complete exams:");
            domainBars(history.domainTotals());
        }
    }
}
