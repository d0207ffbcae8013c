package dca.cli.drill;

import dca.cli.screen.Frame;
import dca.cli.text.Paint;
import dca.cli.text.Wrap;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Answer;
import dca.study.AnswerDiff;
import dca.study.Intervals;
import dca.study.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lines of the full-screen drill: header and progress bar, the card at each step, help. Every
 * text is wrapped at spaces to the width it is given; the header and the question are the part of a
 * screen that stays in view when the card is taller than the terminal.
 */
final class DrillScreens {
    /** The line between question and answer. */
    private static final String RULE = "\u2501";
    private final String title;
    private final Paint paint;
    private final long started = System.nanoTime();

    DrillScreens(String title, Paint paint) {
        this.title = title;
        this.paint = paint;
    }

    Paint paint() { return paint; }

    /**
     * The whole screen: header, progress bar and {@code top} stay; {@code body} may scroll; then
     * {@code input} (the line being typed), the last message and the key hints, wrapped.
     */
    Frame.Screen screen(List<String> top, List<String> body, String input, String message, String keysHint, DrillStatus status,
                        int width) {
        List<String> head = new ArrayList<>();
        String right = status.position() + "/" + status.total() + "   due " + status.due() + " · new "
                + status.fresh() + "   " + timer((System.nanoTime() - started) / 1_000_000);
        if (right.length() > width - 4) right = status.position() + "/" + status.total();
        String name = Wrap.cut(title, Math.max(0, width - right.length() - 3));
        int gap = Math.max(1, width - name.length() - right.length());
        head.add(paint.bold(name) + " ".repeat(gap) + right);
        int barWidth = Math.max(1, width - 2);
        int done = status.position() - 1;
        int filled = status.total() == 0 ? 0 : (int) Math.round(barWidth * (double) done / status.total());
        head.add(paint.green("█".repeat(filled)) + paint.dim("░".repeat(barWidth - filled)));
        head.addAll(top);
        List<String> bottom = new ArrayList<>();
        bottom.add("");
        if (input != null) bottom.addAll(Wrap.hanging(input, width, "  > ", "    "));
        if (!message.isEmpty()) bottom.addAll(Wrap.lines(message, width, "  "));
        for (String l : keys(keysHint, width)) bottom.add(paint.dim(l));
        return new Frame.Screen(head, body, bottom);
    }

    /** Key hints are groups ("u undo") two or more spaces apart: they wrap between groups, never inside one. */
    static List<String> keys(String hint, int width) {
        return Wrap.words(Arrays.asList(hint.strip().split(" {2,}")), width, "  ", "  ", "   ");
    }

    /** Context and prompt: the part of the screen that stays. */
    List<String> question(Question q, int width) {
        List<String> top = new ArrayList<>();
        String context = DrillText.context(q.item());
        if (!context.isEmpty()) {
            for (String line : Wrap.lines(context, width, "  ")) top.add(paint.dim(line));
        }
        top.add("");
        for (String line : Wrap.lines(q.prompt(), width, "  ")) top.add(paint.bold(line));
        return top;
    }

    /** The revealed answer, with the typed answer's diff, the source and the grades with their intervals. */
    List<String> answer(Question q, DrillPrompter.Revealed revealed, Map<Rating, MemoryState> preview, Rating suggested, int width) {
        List<String> body = new ArrayList<>();
        body.add("");
        // Not U+2500: JLine sends that one through the terminal's line-drawing set, which tmux and
        // screen show as a row of 'q'. U+2501 is drawn as the character it is.
        body.add("  " + paint.dim(RULE.repeat(Math.max(1, Math.min(40, width - 4)))));
        if (revealed.diff() != null) {
            body.addAll(Wrap.hanging(revealed.typed(), width, "  " + paint.dim("you typed: "), "             "));
            body.addAll(Wrap.words(diffWords(revealed.diff()), width, "  " + paint.dim("diff:      "), "             ", " "));
        }
        body.addAll(Wrap.lines(q.answer(), width, "  "));
        source(body, q, width);
        body.add("");
        body.addAll(Wrap.words(grades(preview, suggested), width, "  ", "  ", "   "));
        return body;
    }

    /** A choice question's options, the picked ones inverse; with several right, ticked as the exam does (seen without colour). */
    List<String> options(Question q, Set<Integer> picked, int width) {
        List<String> body = new ArrayList<>();
        body.add("");
        boolean ticks = q.rightOptions().size() > 1;
        for (int i = 0; i < q.options().size(); i++) {
            String tick = !ticks ? "" : picked.contains(i) ? "[x] " : "[ ] ";
            String lead = "  " + tick + Question.letter(i) + ") ";
            for (String l : Wrap.hanging(q.options().get(i).text(), width, lead, " ".repeat(lead.length()))) {
                body.add(picked.contains(i) ? paint.inverse(l) : l);
            }
        }
        return body;
    }

    /** How a choice question went: the right options, the wrong picks, the explanation and source. */
    List<String> result(Question q, Set<Integer> picked, Answer answer, int width) {
        List<String> body = new ArrayList<>();
        body.add("");
        for (int i = 0; i < q.options().size(); i++) {
            boolean right = q.options().get(i).correct();
            String mark = right ? "✓ " : picked.contains(i) ? "✗ " : "  ";
            String lead = "  " + mark + Question.letter(i) + ") ";
            for (String l : Wrap.hanging(q.options().get(i).text(), width, lead, " ".repeat(lead.length()))) {
                body.add(right ? paint.green(l) : picked.contains(i) ? paint.red(l) : paint.dim(l));
            }
        }
        body.add("");
        String verdict = answer.correct() ? paint.green(paint.bold("Right")) : paint.red(paint.bold("Wrong"));
        body.addAll(Wrap.words(List.of(verdict, paint.dim("— graded " + answer.rating().label() + next(answer))), width, "  ", "  ", " "));
        if (!q.explanation().isEmpty()) body.addAll(Wrap.lines(q.explanation(), width, "  "));
        if (!q.link().isEmpty() && !q.explanation().contains(q.link())) {
            for (String l : Wrap.lines(q.link(), width, "  ")) body.add(paint.cyan(l));
        }
        source(body, q, width);
        return body;
    }

    private void source(List<String> body, Question q, int width) {
        if (q.item().source().file().isEmpty()) return;
        for (String l : Wrap.lines(q.item().source().toString(), width, "  ")) body.add(paint.dim(l));
    }

    List<String> help(int width) {
        String[][] keys = {
            {"Space, Enter", "reveal the answer (then: grade as suggested)"},
            {"1 2 3 4", "Again, Hard, Good, Easy — each shows when the card comes back"},
            {"a b c …", "answer a choice question (several right: pick, then Enter)"},
            {"u", "undo the last answer"},
            {"s", "skip this card"},
            {"e", "open $EDITOR at the card's line in the notes"},
            {"↑ ↓ PgUp PgDn", "scroll a card taller than the screen"},
            {"q", "quit; every answer is already saved"},
            {"Ctrl-C", "quit too (dca then exits with status 130)"},
            {"?", "this help"},
        };
        List<String> out = new ArrayList<>(List.of("  Keys", ""));
        for (String[] k : keys) {
            String lead = "  " + String.format(Locale.ROOT, "%-15s", k[0]);
            out.addAll(Wrap.hanging(k[1], width, lead, " ".repeat(lead.length())));
        }
        out.add("");
        out.add("  any key: back");
        return out;
    }

    String next(Answer a) {
        return a.rescheduled() ? " · next " + Intervals.between(a.at(), a.after().due()) : " · not rescheduled (cram)";
    }

    /** "1 again 1m", "2 hard 6m", …: groups that wrap as a whole, the suggested one bold. */
    private List<String> grades(Map<Rating, MemoryState> preview, Rating suggested) {
        List<String> out = new ArrayList<>();
        for (Rating r : Rating.values()) {
            MemoryState next = preview.get(r);
            String label = r.value() + " " + r.label() + (next != null ? " " + DrillText.interval(next) : "");
            String painted = switch (r) {
                case AGAIN -> paint.red(label);
                case HARD -> paint.yellow(label);
                case GOOD -> paint.green(label);
                case EASY -> paint.cyan(label);
            };
            out.add(r == suggested ? paint.bold(painted) : painted);
        }
        return out;
    }

    /**
     * The diff as words to wrap: in colour each word carries its own style (so a line break never
     * splits a style); without colour a segment keeps wdiff's markers around all its words.
     */
    private List<String> diffWords(AnswerDiff.Result diff) {
        List<String> out = new ArrayList<>();
        for (AnswerDiff.Segment s : diff.segments()) {
            if (s.op() == AnswerDiff.Op.SAME) {
                out.addAll(Arrays.asList(s.text().split(" ")));
            } else if (paint.on()) {
                for (String w : s.text().split(" ")) out.add(s.op() == AnswerDiff.Op.MISSING ? paint.missing(w) : paint.strike(w));
            } else {
                String marked = s.op() == AnswerDiff.Op.MISSING ? paint.missing(s.text()) : paint.strike(s.text());
                out.addAll(Arrays.asList(marked.split(" ")));
            }
        }
        return out;
    }

    /** The header's session clock, mm:ss as in "04:12". */
    static String timer(long millis) {
        long s = millis / 1000;
        return String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
