package dca.cli.drill;

import dca.cli.text.Paint;
import dca.cli.text.Wrap;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Answer;
import dca.study.AnswerDiff;
import dca.study.Intervals;
import dca.study.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The lines of the full-screen drill: header and progress bar, the card at each step, help. */
final class DrillScreens {
    private final String title;
    private final Paint paint;
    private final long started = System.nanoTime();

    DrillScreens(String title, Paint paint) {
        this.title = title;
        this.paint = paint;
    }

    Paint paint() { return paint; }

    /** The whole screen: header, progress bar, the body, the last message and the key hints. */
    List<String> frame(List<String> body, String message, String keysHint, DrillStatus status, int width) {
        List<String> lines = new ArrayList<>();
        String right = status.position() + "/" + status.total() + "   due " + status.due() + " · new "
                + status.fresh() + "   " + timer((System.nanoTime() - started) / 1_000_000);
        String head = title;
        int room = width - right.length() - 3;
        if (head.length() > room) head = room > 1 ? head.substring(0, room - 1) + "…" : "";
        int gap = Math.max(1, width - head.length() - right.length());
        lines.add(paint.bold(head) + " ".repeat(gap) + right);
        int barWidth = Math.max(10, width - 2);
        int done = status.position() - 1;
        int filled = status.total() == 0 ? 0 : (int) Math.round(barWidth * (double) done / status.total());
        lines.add(paint.green("█".repeat(filled)) + paint.dim("░".repeat(barWidth - filled)));
        lines.addAll(body);
        lines.add("");
        if (!message.isEmpty()) lines.add("  " + message);
        lines.add(paint.dim("  " + keysHint));
        return lines;
    }

    /** Context and prompt. */
    List<String> question(Question q, int width) {
        List<String> body = new ArrayList<>();
        String context = DrillText.context(q.item());
        if (!context.isEmpty()) {
            for (String line : Wrap.lines(context, width, "  ")) body.add(paint.dim(line));
        }
        body.add("");
        for (String line : Wrap.lines(q.prompt(), width, "  ")) body.add(paint.bold(line));
        return body;
    }

    /** The revealed answer, with the typed answer's diff, the source and the grades with their intervals. */
    List<String> answer(Question q, DrillPrompter.Revealed revealed, Map<Rating, MemoryState> preview, Rating suggested, int width) {
        List<String> body = question(q, width);
        body.add("");
        body.add("  " + paint.dim("─".repeat(Math.min(40, width - 4))));
        if (revealed.diff() != null) {
            body.add("  " + paint.dim("you typed: ") + revealed.typed());
            body.add("  " + paint.dim("diff:      ") + diffText(revealed.diff()));
        }
        body.addAll(Wrap.lines(q.answer(), width, "  "));
        if (!q.item().source().file().isEmpty()) body.add("  " + paint.dim(q.item().source().toString()));
        body.add("");
        body.add("  " + gradeLine(preview, suggested));
        return body;
    }

    /** A choice question's options, the picked ones inverse; with several right, ticked as the exam does (seen without colour). */
    List<String> options(Question q, Set<Integer> picked, int width) {
        List<String> body = question(q, width);
        body.add("");
        boolean ticks = q.rightOptions().size() > 1;
        for (int i = 0; i < q.options().size(); i++) {
            String tick = !ticks ? "" : picked.contains(i) ? "[x] " : "[ ] ";
            for (String l : Wrap.lines(tick + DrillText.option(q, i), width, "  ")) body.add(picked.contains(i) ? paint.inverse(l) : l);
        }
        return body;
    }

    /** How a choice question went: the right options, the wrong picks, the explanation and source. */
    List<String> result(Question q, Set<Integer> picked, Answer answer, int width) {
        List<String> body = question(q, width);
        body.add("");
        for (int i = 0; i < q.options().size(); i++) {
            String line = DrillText.option(q, i);
            boolean right = q.options().get(i).correct();
            String mark = right ? paint.green("✓ ") : picked.contains(i) ? paint.red("✗ ") : "  ";
            String text = right ? paint.green(line) : picked.contains(i) ? paint.red(line) : paint.dim(line);
            body.add("  " + mark + text);
        }
        body.add("");
        body.add("  " + (answer.correct() ? paint.green(paint.bold("Right")) : paint.red(paint.bold("Wrong")))
                + paint.dim(" — graded " + answer.rating().label() + next(answer)));
        if (!q.explanation().isEmpty()) body.addAll(Wrap.lines(q.explanation(), width, "  "));
        if (!q.link().isEmpty() && !q.explanation().contains(q.link())) body.add("  " + paint.cyan(q.link()));
        if (!q.item().source().file().isEmpty()) body.add("  " + paint.dim(q.item().source().toString()));
        return body;
    }

    List<String> help(int width) {
        List<String> lines = List.of(
                "  Keys", "",
                "  Space, Enter   reveal the answer (then: grade as suggested)",
                "  1 2 3 4        Again, Hard, Good, Easy — each shows when the card comes back",
                "  a b c …        answer a choice question (several right: pick, then Enter)",
                "  u              undo the last answer",
                "  s              skip this card",
                "  e              open $EDITOR at the card's line in the notes",
                "  q, Ctrl-C      quit; every answer is already saved",
                "  ?              this help", "",
                "  any key: back");
        List<String> out = new ArrayList<>();
        for (String l : lines) out.addAll(Wrap.lines(l.stripLeading(), width, "  "));
        return out;
    }

    String next(Answer a) {
        return a.rescheduled() ? " · next " + Intervals.between(a.at(), a.after().due()) : " · not rescheduled (cram)";
    }

    private String gradeLine(Map<Rating, MemoryState> preview, Rating suggested) {
        StringBuilder sb = new StringBuilder();
        for (Rating r : Rating.values()) {
            MemoryState next = preview.get(r);
            String label = r.value() + " " + r.label() + (next != null ? " " + DrillText.interval(next) : "");
            String painted = switch (r) {
                case AGAIN -> paint.red(label);
                case HARD -> paint.yellow(label);
                case GOOD -> paint.green(label);
                case EASY -> paint.cyan(label);
            };
            if (sb.length() > 0) sb.append("   ");
            sb.append(r == suggested ? paint.bold(painted) : painted);
        }
        return sb.toString();
    }

    private String diffText(AnswerDiff.Result diff) {
        StringBuilder sb = new StringBuilder();
        for (AnswerDiff.Segment s : diff.segments()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(switch (s.op()) {
                case SAME -> s.text();
                case MISSING -> paint.missing(s.text());
                case EXTRA -> paint.strike(s.text());
            });
        }
        return sb.toString();
    }

    /** The header's session clock, mm:ss as in "04:12". */
    static String timer(long millis) {
        long s = millis / 1000;
        return String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
