package dca.cli.drill;

import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Answer;
import dca.study.AnswerDiff;
import dca.study.Question;
import dca.study.StudyItem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The drill over lines (DESIGN §6), for pipes, scripts and tests. Every output line is
 * {@code key: value}; a value of several lines continues on lines indented by two spaces; a line
 * starting with {@code ? } asks for exactly one input line; {@code u}, {@code s} and {@code q}
 * work at every one, and the end of input is {@code q}. The protocol is documented in README
 * ("Plain mode"); other tools parse it, so change it only compatibly.
 */
public final class PlainDrillPrompter implements DrillPrompter {
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean typed;
    private final Interrupts interrupts;

    public PlainDrillPrompter(BufferedReader in, PrintStream out, boolean typed) {
        this(in, out, typed, null);
    }

    /** {@code interrupts}: Ctrl-C may end the session while a line is awaited (a real process), or null. */
    PlainDrillPrompter(BufferedReader in, PrintStream out, boolean typed, Interrupts interrupts) {
        this.in = in;
        this.out = out;
        this.typed = typed;
        this.interrupts = interrupts;
    }

    @Override
    public void show(Question q, DrillStatus status) {
        StudyItem item = q.item();
        out.println("card: " + status.position() + "/" + status.total() + " " + DrillText.origin(status.origin())
                + " " + item.id() + " " + item.deck().name() + " " + DrillText.kind(q));
        String context = DrillText.context(item);
        if (!context.isEmpty()) field("context", context);
        field("prompt", q.prompt());
    }

    @Override
    public Reply reveal(Question q, DrillStatus status) {
        String line = read(typed ? "? type the answer" : "? reveal");
        Reply command = command(line);
        return command != null ? command : Reply.text(line);
    }

    @Override
    public Reply grade(Question q, Revealed revealed, Map<Rating, MemoryState> preview, DrillStatus status) {
        field("answer", q.answer());
        Rating suggested = null;
        if (revealed.diff() != null) {
            field("typed", revealed.typed());
            field("diff", AnswerDiff.plain(revealed.diff()));
            suggested = revealed.diff().suggested();
            out.println("suggest: " + suggested.label());
        }
        if (!q.item().source().file().isEmpty()) field("source", q.item().source().toString());
        String ask = "? grade " + DrillText.gradeChoices(preview) + (suggested != null ? " (empty=" + suggested.label() + ")" : "");
        while (true) {
            String line = read(ask);
            Reply command = command(line);
            if (command != null) return command;
            Optional<Rating> rating = line.isBlank() && suggested != null ? Optional.of(suggested) : Rating.parse(line);
            if (rating.isPresent()) return Reply.grade(rating.get());
            out.println("error: grade with 1-4 or again, hard, good, easy; or u s q");
        }
    }

    @Override
    public Reply choose(Question q, DrillStatus status) {
        for (int i = 0; i < q.options().size(); i++) field("option", DrillText.option(q, i));
        int right = q.rightOptions().size();
        char last = Question.letter(q.options().size() - 1);
        String ask = right == 1 ? "? choose one of a-" + last : "? choose " + right + " of a-" + last + ", comma-separated";
        while (true) {
            String line = read(ask);
            Reply command = command(line);
            if (command != null) return command;
            Set<Integer> picked = DrillText.parseLetters(line, q.options().size());
            if (picked != null) return Reply.pick(picked);
            out.println("error: answer with option letters a-" + last + " (e.g. b or a,c), or u s q");
        }
    }

    @Override
    public Reply chosen(Question q, Set<Integer> picked, Answer a, DrillStatus status) {
        out.println("graded: " + a.rating().label() + " " + (a.correct() ? "right" : "wrong") + " picked=" + DrillText.letters(picked)
                + " right=" + DrillText.letters(q.rightOptions()) + schedule(a));
        for (int i : q.rightOptions()) field("right", DrillText.option(q, i));
        if (!q.explanation().isEmpty()) field("explanation", q.explanation());
        if (!q.link().isEmpty()) field("link", q.link());
        field("source", q.item().source().toString());
        return Reply.next();
    }

    @Override
    public void graded(Question q, Answer a) {
        out.println("graded: " + a.rating().label() + schedule(a));
    }

    @Override
    public void skipped(StudyItem item) {
        out.println("skipped: " + item.id());
    }

    @Override
    public void undone(StudyItem item) {
        out.println("undone: " + item.id());
    }

    @Override
    public void nothingToUndo() {
        out.println("error: nothing to undo");
    }

    /** Scripts end when the queue does: there is no "done" prompt to answer. */
    @Override
    public boolean undoAtEnd(DrillStatus status) {
        return false;
    }

    private static String schedule(Answer a) {
        if (!a.rescheduled()) return " next=unchanged";
        return " next=" + dca.study.Intervals.between(a.at(), a.after().due()) + " due=" + DrillText.instant(a.after().due());
    }

    /** {@code u}, {@code s} and {@code q} at any prompt, and the end of input as {@code q}; null for anything else. */
    private static Reply command(String line) {
        if (line == null) return Reply.of(Reply.Command.QUIT);
        return switch (line.trim()) {
            case "q" -> Reply.of(Reply.Command.QUIT);
            case "s" -> Reply.of(Reply.Command.SKIP);
            case "u" -> Reply.of(Reply.Command.UNDO);
            default -> null;
        };
    }

    /** Prints the prompt line and reads one answer line; null at the end of input. */
    private String read(String prompt) {
        out.println(prompt);
        out.flush();
        try {
            return interrupts == null ? in.readLine() : interrupts.waiting(in::readLine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void field(String key, String value) {
        out.println(key + ": " + value.replace("\r", "").replace("\n", "\n  "));
    }
}
