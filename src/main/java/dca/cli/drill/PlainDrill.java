package dca.cli.drill;

import dca.cli.run.Timing;
import dca.progress.ProgressException;
import dca.srs.Rating;
import dca.study.Answer;
import dca.study.AnswerDiff;
import dca.study.Question;
import dca.study.StudyItem;
import dca.study.StudySession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;

/**
 * The drill over lines (DESIGN §6), for pipes, scripts and tests. Every output line is
 * {@code key: value}; a value of several lines continues on lines indented by two spaces; a line
 * starting with {@code ? } asks for exactly one input line. The protocol is documented in README
 * ("Plain mode"); other tools parse it, so change it only compatibly.
 */
final class PlainDrill {
    private final StudySession session;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean typed;
    private boolean quit;

    PlainDrill(StudySession session, BufferedReader in, PrintStream out, boolean typed) {
        this.session = session;
        this.in = in;
        this.out = out;
        this.typed = typed;
    }

    /** Runs until the queue is empty, {@code q}, or the end of input. Every answer is saved as it is given. */
    void run() throws ProgressException, IOException {
        while (!quit) {
            Optional<Question> next = session.current();
            if (next.isEmpty()) break;
            ask(next.get());
        }
    }

    private void ask(Question q) throws ProgressException, IOException {
        StudyItem item = q.item();
        out.println("card: " + (session.done() + 1) + "/" + session.total() + " " + DrillText.origin(session.currentOrigin())
                + " " + item.id() + " " + item.deck().name() + " " + DrillText.kind(q));
        String context = DrillText.context(item);
        if (!context.isEmpty()) field("context", context);
        field("prompt", q.prompt());
        Timing.mark("first-card");
        long start = System.nanoTime();
        if (q.isChoice()) askChoice(q, start);
        else askFlash(q, start);
    }

    private void askChoice(Question q, long start) throws ProgressException, IOException {
        for (int i = 0; i < q.options().size(); i++) field("option", DrillText.option(q, i));
        int right = q.rightOptions().size();
        char last = Question.letter(q.options().size() - 1);
        String ask = right == 1 ? "? choose one of a-" + last : "? choose " + right + " of a-" + last + ", comma-separated";
        while (true) {
            String line = read(ask);
            if (line == null || command(line)) return;
            Set<Integer> picked = DrillText.parseLetters(line, q.options().size());
            if (picked == null) {
                out.println("error: answer with option letters a-" + last + " (e.g. b or a,c), or u s q");
                continue;
            }
            Answer a = session.choose(picked, elapsed(start));
            out.println("graded: " + a.rating().label() + " " + (a.correct() ? "right" : "wrong") + " picked=" + DrillText.letters(picked)
                    + " right=" + DrillText.letters(q.rightOptions()) + schedule(a));
            for (int i : q.rightOptions()) field("right", DrillText.option(q, i));
            if (!q.explanation().isEmpty()) field("explanation", q.explanation());
            if (!q.link().isEmpty()) field("link", q.link());
            field("source", q.item().source().toString());
            return;
        }
    }

    private void askFlash(Question q, long start) throws ProgressException, IOException {
        String reveal = read(typed ? "? type the answer" : "? reveal");
        if (reveal == null || command(reveal)) return;
        field("answer", q.answer());
        Rating suggested = null;
        if (typed) {
            AnswerDiff.Result diff = AnswerDiff.compare(q.answer(), reveal);
            field("typed", reveal);
            field("diff", AnswerDiff.plain(diff));
            suggested = diff.suggested();
            out.println("suggest: " + suggested.label());
        }
        if (!q.item().source().file().isEmpty()) field("source", q.item().source().toString());
        String ask = "? grade " + DrillText.gradeChoices(session.preview())
                + (suggested != null ? " (empty=" + suggested.label() + ")" : "");
        while (true) {
            String line = read(ask);
            if (line == null || command(line)) return;
            Optional<Rating> rating = line.isBlank() && suggested != null ? Optional.of(suggested) : Rating.parse(line);
            if (rating.isEmpty()) {
                out.println("error: grade with 1-4 or again, hard, good, easy; or u s q");
                continue;
            }
            String mode = typed ? "typed" : q.kind() == Question.Kind.LIST ? "list" : "flash";
            Answer a = session.grade(rating.get(), mode, elapsed(start));
            out.println("graded: " + a.rating().label() + schedule(a));
            return;
        }
    }

    private String schedule(Answer a) {
        if (!a.rescheduled()) return " next=unchanged";
        return " next=" + dca.study.Intervals.between(a.at(), a.after().due()) + " due=" + DrillText.instant(a.after().due());
    }

    /** u, s and q work at any prompt; returns true when the line was one of them. */
    private boolean command(String line) throws ProgressException {
        switch (line.trim()) {
            case "q" -> {
                quit = true;
                return true;
            }
            case "s" -> {
                StudyItem item = session.current().orElseThrow().item();
                session.skip();
                out.println("skipped: " + item.id());
                return true;
            }
            case "u" -> {
                Optional<StudyItem> undone = session.undo();
                if (undone.isPresent()) {
                    out.println("undone: " + undone.get().id());
                    return true;
                }
                out.println("error: nothing to undo");
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Prints the prompt line and reads one answer line; null at the end of input (quit, saved). */
    private String read(String prompt) throws IOException {
        out.println(prompt);
        out.flush();
        String line = in.readLine();
        if (line == null) quit = true;
        return line;
    }

    private void field(String key, String value) {
        out.println(key + ": " + value.replace("\r", "").replace("\n", "\n  "));
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
