package dca.cli.drill;

import dca.cli.screen.Frame;
import dca.cli.screen.Keys;
import dca.cli.text.Paint;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Answer;
import dca.study.Question;
import dca.study.StudyItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The full-screen drill: single keys. Space/Enter reveal, 1–4 grade (each labelled with its next
 * interval), letters answer choice questions, u undo, s skip, e edit the card's notes at its line,
 * q quit and Ctrl-C quit with status 130 (every answer is already saved), ? help, arrows and page
 * keys scroll a card taller than the screen. Every screen is laid out again at the terminal's width
 * when it is drawn, so a resize redraws it at once. Help and edit stay on the card.
 */
final class ScreenDrillPrompter implements DrillPrompter {
    private final Keys keys;
    private final Frame frame;
    private final DrillScreens screens;
    private final EditorLauncher editor;
    private final boolean typed;
    private String message = "";
    /** Set when the user ends the session while typing an answer: quit, or interrupt (Ctrl-C). */
    private Reply.Command typingEnded;

    ScreenDrillPrompter(Keys keys, Frame frame, DrillScreens screens, EditorLauncher editor, boolean typed) {
        this.keys = keys;
        this.frame = frame;
        this.screens = screens;
        this.editor = editor;
        this.typed = typed;
    }

    @Override
    public void show(Question q, DrillStatus status) {
        frame.top(); // a new card starts at its top
    }

    @Override
    public Reply reveal(Question q, DrillStatus status) {
        while (true) {
            if (typed) {
                String text = readLine(q, status);
                if (text != null) return Reply.text(text);
                if (typingEnded != null) return Reply.of(typingEnded);
                Reply r = command(ask(q, w -> typingHint(), null, "u undo  s skip  e edit  q quit  ? help", status), q, status);
                if (r != null) return r;
                continue;
            }
            String k = ask(q, w -> List.of(), null, "Space reveal  u undo  s skip  e edit  q quit  ? help", status);
            if (k == null) return Reply.of(Reply.Command.QUIT);
            if (k.equals(" ") || k.equals(Keys.ENTER)) return Reply.text("");
            Reply r = command(k, q, status);
            if (r != null) return r;
        }
    }

    private List<String> typingHint() {
        return List.of("", screens.paint().dim("  Type the answer, Enter to check (Esc: commands)"));
    }

    @Override
    public Reply grade(Question q, Revealed revealed, Map<Rating, MemoryState> preview, DrillStatus status) {
        Rating suggested = revealed.diff() == null ? Rating.GOOD : revealed.diff().suggested();
        frame.top();
        while (true) {
            String k = ask(q, w -> screens.answer(q, revealed, preview, suggested, w), null,
                    "1-4 grade  Space/Enter " + suggested.label() + "  u undo  s skip  e edit  q quit", status);
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
            String hint = multi ? "pick " + q.rightOptions().size() + " letters, Enter to answer" : "a-" + Question.letter(n - 1) + " answer";
            String k = ask(q, w -> screens.options(q, picked, w), null, hint + "  u undo  s skip  q quit  ? help", status);
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
        frame.top();
        while (true) {
            String k = ask(q, w -> screens.result(q, picked, a, w), null, "any key: next  u undo  e edit  q quit", status);
            if (k == null || k.equals("q") || k.equals(Keys.CTRL_D)) return after(a, Reply.of(Reply.Command.QUIT));
            if (k.equals(Keys.CTRL_C)) return after(a, Reply.of(Reply.Command.INTERRUPT));
            if (k.equals("u")) {
                Reply undo = undoKey(status);
                if (undo != null) return after(a, undo);
                continue;
            }
            if (k.equals("e")) {
                edit(q.item());
                continue; // back on the result, with what the edit said
            }
            return after(a, Reply.next());
        }
    }

    private Reply after(Answer a, Reply r) {
        message = screens.paint().dim("last: ") + (a.correct() ? "right" : "wrong") + screens.next(a);
        return r;
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
        frame.top();
        String k = ask(null, w -> List.of("", "  " + screens.paint().bold("Done for now.") + " " + (status.position() - 1)
                + " cards; every answer is saved."), null, "u undo the last answer  any other key: summary", status);
        return "u".equals(k);
    }

    /** Keys that work at every step: a command for the runner, or null when the card stays on screen. */
    private Reply command(String k, Question q, DrillStatus status) {
        switch (k == null ? Keys.CTRL_D : k) {
            case "q", Keys.CTRL_D -> {
                return Reply.of(Reply.Command.QUIT);
            }
            case Keys.CTRL_C -> {
                return Reply.of(Reply.Command.INTERRUPT);
            }
            case "u" -> {
                return undoKey(status);
            }
            case "s" -> {
                return Reply.of(Reply.Command.SKIP);
            }
            case "e" -> {
                edit(q.item());
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

    /**
     * Draws the screen for the terminal's width at that moment, then waits for one key; null at the
     * end of input. A resize draws it again at the new width, scroll keys move a tall card; neither
     * is returned.
     */
    private String ask(Question q, IntFunction<List<String>> body, String input, String keysHint, DrillStatus status) {
        while (true) {
            int width = frame.width();
            List<String> top = q == null ? List.of() : screens.question(q, width);
            frame.draw(screens.screen(top, body.apply(width), input, message, keysHint, status, width));
            String k = keys.read();
            if (Keys.RESIZE.equals(k)) continue;
            if (scrolled(k)) continue;
            return k;
        }
    }

    private boolean scrolled(String k) {
        if (k == null) return false;
        switch (k) {
            case Keys.UP -> frame.scroll(-1);
            case Keys.DOWN -> frame.scroll(1);
            case Keys.PAGE_UP -> frame.scroll(-frame.page());
            case Keys.PAGE_DOWN -> frame.scroll(frame.page());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A line typed in raw mode; null when Esc was pressed or the drill is ending ({@link #typingEnded}). */
    private String readLine(Question q, DrillStatus status) {
        StringBuilder typedSoFar = new StringBuilder();
        typingEnded = null;
        while (true) {
            String k = ask(q, w -> typingHint(), typedSoFar.toString(), "Enter check  Esc commands  Ctrl-C quit", status);
            if (k == null || k.equals(Keys.CTRL_D)) {
                typingEnded = Reply.Command.QUIT;
                return null;
            }
            if (k.equals(Keys.CTRL_C)) {
                typingEnded = Reply.Command.INTERRUPT;
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
        frame.top();
        while (true) {
            List<String> lines = new ArrayList<>(screens.help(frame.width()));
            frame.draw(Frame.Screen.of(lines, 1));
            String k = keys.read();
            if (!Keys.RESIZE.equals(k) && !scrolled(k)) return;
        }
    }

    private void edit(StudyItem item) {
        Paint paint = screens.paint();
        EditorLauncher.Target target = editor.target(item.card().source(), item.deck());
        if (target instanceof EditorLauncher.NotEditable no) {
            message = paint.yellow(no.why());
            return;
        }
        EditorLauncher.Editable file = (EditorLauncher.Editable) target;
        keys.pause();
        frame.clearScreen();
        try {
            editor.open(file.file(), file.line());
            message = paint.dim(file.done());
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
