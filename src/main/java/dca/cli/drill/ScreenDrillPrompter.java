package dca.cli.drill;

import dca.cli.screen.Frame;
import dca.cli.screen.Keys;
import dca.cli.text.Paint;
import dca.deck.Source;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Answer;
import dca.study.Question;
import dca.study.StudyItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The full-screen drill: single keys. Space/Enter reveal, 1–4 grade (each labelled with its next
 * interval), letters answer choice questions, u undo, s skip, e edit the card's notes at its line,
 * q or Ctrl-C quit (every answer is already saved), ? help. Help and edit stay on the card.
 */
final class ScreenDrillPrompter implements DrillPrompter {
    private final Keys keys;
    private final Frame frame;
    private final DrillScreens screens;
    private final EditorLauncher editor;
    private final boolean typed;
    private String message = "";
    /** The user pressed Ctrl-C (or the input ended) while typing an answer. */
    private boolean quitKey;

    ScreenDrillPrompter(Keys keys, Frame frame, DrillScreens screens, EditorLauncher editor, boolean typed) {
        this.keys = keys;
        this.frame = frame;
        this.screens = screens;
        this.editor = editor;
        this.typed = typed;
    }

    @Override
    public void show(Question q, DrillStatus status) {
        // Drawn at each step.
    }

    @Override
    public Reply reveal(Question q, DrillStatus status) {
        while (true) {
            List<String> body = screens.question(q, frame.width());
            if (typed) {
                body.add("");
                body.add(screens.paint().dim("  Type the answer, Enter to check (Esc: commands)"));
                String text = readLine(body, status);
                if (text != null) return Reply.text(text);
                if (quitKey) return Reply.of(Reply.Command.QUIT);
                Reply r = command(ask(body, "u undo  s skip  e edit  q quit  ? help", status), q, status);
                if (r != null) return r;
                continue;
            }
            String k = ask(body, "Space reveal   u undo  s skip  e edit  q quit  ? help", status);
            if (k == null) return Reply.of(Reply.Command.QUIT);
            if (k.equals(" ") || k.equals(Keys.ENTER)) return Reply.text("");
            Reply r = command(k, q, status);
            if (r != null) return r;
        }
    }

    @Override
    public Reply grade(Question q, Revealed revealed, Map<Rating, MemoryState> preview, DrillStatus status) {
        Rating suggested = revealed.diff() == null ? Rating.GOOD : revealed.diff().suggested();
        while (true) {
            List<String> body = screens.answer(q, revealed, preview, suggested, frame.width());
            String k = ask(body, "1-4 grade   Space/Enter " + suggested.label() + "   u undo  s skip  e edit  q quit", status);
            if (k == null) return Reply.of(Reply.Command.QUIT);
            if (k.equals(" ") || k.equals(Keys.ENTER)) return Reply.grade(suggested);
            Optional<Rating> r = k.length() == 1 && Character.isDigit(k.charAt(0)) ? Rating.parse(k) : Optional.empty();
            if (r.isPresent()) return Reply.grade(r.get());
            Reply c = command(k, q, status);
            if (c != null) return c;
        }
    }

    @Override
    public Reply choose(Question q, DrillStatus status) {
        int n = q.options().size();
        boolean multi = q.rightOptions().size() > 1;
        Set<Integer> picked = new TreeSet<>();
        while (true) {
            List<String> body = screens.options(q, picked, frame.width());
            String hint = multi ? "pick " + q.rightOptions().size() + " letters, Enter to answer" : "a-" + Question.letter(n - 1) + " answer";
            String k = ask(body, hint + "   u undo  s skip  q quit  ? help", status);
            if (k == null) return Reply.of(Reply.Command.QUIT);
            int i = k.length() == 1 ? k.charAt(0) - 'a' : -1;
            if (i >= 0 && i < n) {
                if (!picked.remove(i)) picked.add(i);
                if (!multi) return Reply.pick(picked);
            } else if (k.equals(Keys.ENTER) && multi && !picked.isEmpty()) {
                return Reply.pick(picked);
            } else {
                Reply c = command(k, q, status);
                if (c != null) return c;
            }
        }
    }

    @Override
    public Reply chosen(Question q, Set<Integer> picked, Answer a, DrillStatus status) {
        message = "";
        String k = ask(screens.result(q, picked, a, frame.width()), "any key: next   u undo  e edit  q quit", status);
        message = screens.paint().dim("last: ") + (a.correct() ? "right" : "wrong") + screens.next(a);
        if (k == null || k.equals("q") || k.equals(Keys.CTRL_C) || k.equals(Keys.CTRL_D)) return Reply.of(Reply.Command.QUIT);
        if (k.equals("u")) return undoKey(status);
        if (k.equals("e")) edit(q.item().source());
        return Reply.next();
    }

    @Override
    public void graded(Question q, Answer a) {
        message = screens.paint().dim("last: ") + a.rating().label() + screens.next(a);
    }

    @Override
    public void skipped(StudyItem item) {
        message = screens.paint().yellow("skipped");
    }

    @Override
    public void undone(StudyItem item) {
        message = screens.paint().yellow("undone");
    }

    @Override
    public void nothingToUndo() {
        message = screens.paint().yellow("nothing to undo");
    }

    @Override
    public boolean undoAtEnd(DrillStatus status) {
        List<String> body = new ArrayList<>();
        body.add("");
        body.add("  " + screens.paint().bold("Done for now.") + " " + (status.position() - 1) + " cards; every answer is saved.");
        String k = ask(body, "u undo the last answer   any other key: summary", status);
        return "u".equals(k);
    }

    /** Keys that work at every step: a command for the runner, or null when the card stays on screen. */
    private Reply command(String k, Question q, DrillStatus status) {
        switch (k == null ? Keys.CTRL_C : k) {
            case "q", Keys.CTRL_C, Keys.CTRL_D -> {
                return Reply.of(Reply.Command.QUIT);
            }
            case "u" -> {
                return undoKey(status);
            }
            case "s" -> {
                return Reply.of(Reply.Command.SKIP);
            }
            case "e" -> {
                edit(q.item().source());
                return null;
            }
            case "?" -> {
                help();
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** With nothing to undo the card stays on screen and says so; else the runner undoes. */
    private Reply undoKey(DrillStatus status) {
        if (status.canUndo()) return Reply.of(Reply.Command.UNDO);
        nothingToUndo();
        return null;
    }

    /** Draws the screen, then waits for one key; null at the end of input. */
    private String ask(List<String> body, String keysHint, DrillStatus status) {
        frame.draw(screens.frame(body, message, keysHint, status, frame.width()));
        return keys.read();
    }

    /** A line typed in raw mode; null when Esc was pressed or the drill is quitting. */
    private String readLine(List<String> body, DrillStatus status) {
        StringBuilder typedSoFar = new StringBuilder();
        quitKey = false;
        while (true) {
            List<String> lines = new ArrayList<>(body);
            lines.add("  > " + typedSoFar);
            String k = ask(lines, "Enter check   Esc commands   Ctrl-C quit", status);
            if (k == null || k.equals(Keys.CTRL_C) || k.equals(Keys.CTRL_D)) {
                quitKey = true;
                return null;
            }
            switch (k) {
                case Keys.ENTER -> {
                    return typedSoFar.toString();
                }
                case Keys.ESC -> {
                    return null;
                }
                case Keys.BACKSPACE -> {
                    if (typedSoFar.length() > 0) typedSoFar.setLength(typedSoFar.length() - 1);
                }
                case Keys.OTHER -> { }
                default -> typedSoFar.append(k);
            }
        }
    }

    private void help() {
        frame.draw(screens.help(frame.width()));
        keys.read();
    }

    private void edit(Source source) {
        Paint paint = screens.paint();
        if (source == null || source.file().isEmpty()) {
            message = paint.yellow("this card has no source file");
            return;
        }
        Path file = editor.file(source);
        if (file == null) {
            message = paint.yellow("cannot find " + source.file());
            return;
        }
        keys.pause();
        frame.clearScreen();
        try {
            editor.open(file, source.line());
            message = paint.dim("edited " + source + " (changes show next run)");
        } catch (IOException e) {
            message = paint.yellow("cannot run " + editor.editor() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            keys.resume();
            frame.invalidate();
        }
    }
}
