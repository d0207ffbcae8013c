package dca.cli.drill;

import dca.cli.run.Env;
import dca.cli.text.Paint;
import dca.cli.text.Wrap;
import dca.deck.Source;
import dca.progress.ProgressException;
import dca.srs.MemoryState;
import dca.srs.Rating;
import dca.study.Answer;
import dca.study.AnswerDiff;
import dca.study.Intervals;
import dca.study.Question;
import dca.study.StudySession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * The full-screen drill: single keys in raw mode. Space/Enter reveal, 1–4 grade (each labelled with
 * its next interval), letters answer choice questions, u undo, s skip, e edit the card's notes at
 * its line, q or Ctrl-C quit (every answer is already saved), ? help.
 */
final class ScreenDrill {
    private static final String CLEAR = "\033[H\033[2J";

    private final Terminal terminal;
    private final StudySession session;
    private final String title;
    private final boolean typed;
    private final Paint paint;
    private final Env env;
    private final Path notesRoot;
    private final long started = System.nanoTime();
    private final PrintWriter w;
    private final BindingReader keys;
    private final KeyMap<String> keyMap = new KeyMap<>();
    private Attributes saved;
    private boolean quit;
    private String message = "";

    ScreenDrill(Terminal terminal, StudySession session, String title, boolean typed, boolean color,
                Env env, Path notesRoot) {
        this.terminal = terminal;
        this.session = session;
        this.title = title;
        this.typed = typed;
        this.paint = new Paint(color);
        this.env = env;
        this.notesRoot = notesRoot;
        this.w = terminal.writer();
        this.keys = new BindingReader(terminal.reader());
        for (char c = 32; c < 127; c++) keyMap.bind(String.valueOf(c), String.valueOf(c));
        keyMap.bind("enter", "\r", "\n");
        keyMap.bind("quit", KeyMap.ctrl('C'), KeyMap.ctrl('D'));
        keyMap.bind("backspace", KeyMap.del(), KeyMap.ctrl('H'));
        keyMap.bind("esc", KeyMap.esc());
        keyMap.setUnicode("char");
        keyMap.setNomatch("");
    }

    void run() throws ProgressException {
        rawMode();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> quit = true);
        try {
            while (!quit) {
                Optional<Question> q = session.current();
                if (q.isEmpty()) {
                    if (!finished()) continue;
                    break;
                }
                if (q.get().isChoice()) askChoice(q.get());
                else askFlash(q.get());
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            terminal.setAttributes(saved);
            w.print(CLEAR);
            w.flush();
        }
    }

    private void rawMode() {
        saved = terminal.enterRawMode();
        Attributes raw = new Attributes(terminal.getAttributes());
        // Ctrl-C must reach us as a key so that quitting saves and restores the terminal.
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
    }

    private void askFlash(Question q) throws ProgressException {
        long start = System.nanoTime();
        String typedText = null;
        AnswerDiff.Result diff = null;
        while (true) {
            List<String> body = questionLines(q);
            if (typed) {
                body.add("");
                body.add(paint.dim("  Type the answer, Enter to check (Esc: commands)"));
                typedText = readLine(body);
                if (typedText == null) {
                    if (quit || command(ask(body, "u undo  s skip  e edit  q quit  ? help"), q)) return;
                    continue;
                }
                diff = AnswerDiff.compare(q.answer(), typedText);
                break;
            }
            String k = ask(body, "Space reveal   u undo  s skip  e edit  q quit  ? help");
            if (k.equals(" ") || k.equals("enter")) break;
            if (command(k, q)) return;
        }
        Rating suggested = diff == null ? Rating.GOOD : diff.suggested();
        Map<Rating, MemoryState> preview = session.preview();
        while (true) {
            List<String> body = questionLines(q);
            body.add("");
            body.add("  " + paint.dim("─".repeat(Math.min(40, width() - 4))));
            if (diff != null) {
                body.add("  " + paint.dim("you typed: ") + typedText);
                body.add("  " + paint.dim("diff:      ") + diffText(diff));
            }
            body.addAll(Wrap.lines(q.answer(), width(), "  "));
            if (!q.item().source().file().isEmpty()) body.add("  " + paint.dim(q.item().source().toString()));
            body.add("");
            body.add("  " + gradeLine(preview, suggested));
            String k = ask(body, "1-4 grade   Space/Enter " + suggested.label() + "   u undo  s skip  e edit  q quit");
            Optional<Rating> r = k.equals(" ") || k.equals("enter") ? Optional.of(suggested)
                    : k.length() == 1 && Character.isDigit(k.charAt(0)) ? Rating.parse(k) : Optional.empty();
            if (r.isPresent()) {
                String mode = typed ? "typed" : q.kind() == Question.Kind.LIST ? "list" : "flash";
                Answer a = session.grade(r.get(), mode, elapsed(start));
                message = paint.dim("last: ") + a.rating().label() + next(a);
                return;
            }
            if (command(k, q)) return;
        }
    }

    private void askChoice(Question q) throws ProgressException {
        long start = System.nanoTime();
        int n = q.options().size();
        boolean multi = q.rightOptions().size() > 1;
        Set<Integer> picked = new TreeSet<>();
        Answer answer = null;
        while (answer == null) {
            List<String> body = questionLines(q);
            body.add("");
            for (int i = 0; i < n; i++) {
                String line = DrillText.option(q, i);
                for (String l : Wrap.lines(line, width(), "  ")) body.add(picked.contains(i) ? paint.inverse(l) : l);
            }
            String hint = multi ? "pick " + q.rightOptions().size() + " letters, Enter to answer" : "a-" + Question.letter(n - 1) + " answer";
            String k = ask(body, hint + "   u undo  s skip  q quit  ? help");
            int i = k.length() == 1 ? k.charAt(0) - 'a' : -1;
            if (i >= 0 && i < n) {
                if (!picked.remove(i)) picked.add(i);
                if (!multi) answer = session.choose(picked, elapsed(start));
            } else if (k.equals("enter") && multi && !picked.isEmpty()) {
                answer = session.choose(picked, elapsed(start));
            } else if (command(k, q)) {
                return;
            }
        }
        List<String> body = questionLines(q);
        body.add("");
        for (int i = 0; i < n; i++) {
            String line = DrillText.option(q, i);
            boolean right = q.options().get(i).correct();
            String mark = right ? paint.green("✓ ") : picked.contains(i) ? paint.red("✗ ") : "  ";
            String text = right ? paint.green(line) : picked.contains(i) ? paint.red(line) : paint.dim(line);
            body.add("  " + mark + text);
        }
        body.add("");
        body.add("  " + (answer.correct() ? paint.green(paint.bold("Right")) : paint.red(paint.bold("Wrong")))
                + paint.dim(" — graded " + answer.rating().label() + next(answer)));
        if (!q.explanation().isEmpty()) body.addAll(Wrap.lines(q.explanation(), width(), "  "));
        if (!q.link().isEmpty() && !q.explanation().contains(q.link())) body.add("  " + paint.cyan(q.link()));
        if (!q.item().source().file().isEmpty()) body.add("  " + paint.dim(q.item().source().toString()));
        message = "";
        String k = ask(body, "any key: next   u undo  e edit  q quit");
        message = paint.dim("last: ") + (answer.correct() ? "right" : "wrong") + next(answer);
        if (k.equals("u") || k.equals("q") || k.equals("quit") || k.equals("e")) command(k, null);
    }

    /**
     * The queue is empty: says so and still lets the last answer be undone, as Anki does.
     * Returns false when an undo put a card back.
     */
    private boolean finished() throws ProgressException {
        if (!session.canUndo()) return true;
        List<String> body = new ArrayList<>();
        body.add("");
        body.add("  " + paint.bold("Done for now.") + " " + session.done() + " cards; every answer is saved.");
        String k = ask(body, "u undo the last answer   any other key: summary");
        if (k.equals("u") && session.undo().isPresent()) {
            message = paint.yellow("undone");
            return false;
        }
        return true;
    }

    /** Keys that work on every screen; returns true when the card on screen is finished with. */
    private boolean command(String k, Question q) throws ProgressException {
        switch (k) {
            case "q", "quit", "" -> {
                if (!k.isEmpty()) quit = true;
                return !k.isEmpty();
            }
            case "u" -> {
                if (session.undo().isPresent()) {
                    message = paint.yellow("undone");
                    return true;
                }
                message = paint.yellow("nothing to undo");
                return q == null;
            }
            case "s" -> {
                if (q == null) return true;
                session.skip();
                message = paint.yellow("skipped");
                return true;
            }
            case "e" -> {
                edit(q != null ? q.item().source() : null);
                return q == null;
            }
            case "?" -> {
                help();
                return false;
            }
            default -> {
                return q == null;
            }
        }
    }

    private List<String> questionLines(Question q) {
        List<String> body = new ArrayList<>();
        String context = DrillText.context(q.item());
        if (!context.isEmpty()) {
            for (String line : Wrap.lines(context, width(), "  ")) body.add(paint.dim(line));
        }
        body.add("");
        for (String line : Wrap.lines(q.prompt(), width(), "  ")) body.add(paint.bold(line));
        return body;
    }

    /** Draws the header, the body and the key hints. */
    private void draw(List<String> body, String keysHint) {
        int width = width();
        StringBuilder sb = new StringBuilder(CLEAR);
        String right = (session.done() + 1) + "/" + session.total() + "   due " + session.remainingDue() + " · new "
                + session.remainingNew() + "   " + timer((System.nanoTime() - started) / 1_000_000);
        String head = title;
        int room = width - right.length() - 3;
        if (head.length() > room) head = room > 1 ? head.substring(0, room - 1) + "…" : "";
        int gap = Math.max(1, width - head.length() - right.length());
        sb.append(paint.bold(head)).append(" ".repeat(gap)).append(right).append("\r\n");
        int barWidth = Math.max(10, width - 2);
        int filled = session.total() == 0 ? 0 : (int) Math.round(barWidth * (double) session.done() / session.total());
        sb.append(paint.green("█".repeat(filled))).append(paint.dim("░".repeat(barWidth - filled))).append("\r\n");
        for (String line : body) sb.append(line).append("\r\n");
        sb.append("\r\n");
        if (!message.isEmpty()) sb.append("  ").append(message).append("\r\n");
        sb.append(paint.dim("  " + keysHint)).append("\r\n");
        w.print(sb);
        w.flush();
    }

    /** Draws the screen, then waits for one key. */
    private String ask(List<String> body, String keysHint) {
        draw(body, keysHint);
        return key();
    }

    private String key() {
        String k = keys.readBinding(keyMap);
        if (k == null) {
            quit = true;
            return "quit";
        }
        if (k.equals("char")) return keys.getLastBinding();
        return k;
    }

    /** A line typed in raw mode; null when Esc was pressed or the drill is quitting. */
    private String readLine(List<String> body) {
        StringBuilder typedSoFar = new StringBuilder();
        while (true) {
            List<String> lines = new ArrayList<>(body);
            lines.add("  > " + typedSoFar);
            draw(lines, "Enter check   Esc commands   Ctrl-C quit");
            String k = key();
            switch (k) {
                case "enter" -> {
                    return typedSoFar.toString();
                }
                case "quit" -> {
                    quit = true;
                    return null;
                }
                case "esc" -> {
                    return null;
                }
                case "backspace" -> {
                    if (typedSoFar.length() > 0) typedSoFar.setLength(typedSoFar.length() - 1);
                }
                case "" -> { }
                default -> typedSoFar.append(k);
            }
        }
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

    private String next(Answer a) {
        return a.rescheduled() ? " · next " + Intervals.between(a.at(), a.after().due()) : " · not rescheduled (cram)";
    }

    private void help() {
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
        StringBuilder sb = new StringBuilder(CLEAR);
        for (String l : lines) {
            for (String part : Wrap.lines(l.stripLeading(), width(), "  ")) sb.append(part).append("\r\n");
        }
        w.print(sb);
        w.flush();
        key();
    }

    private void edit(Source source) {
        if (source == null || source.file().isEmpty()) {
            message = paint.yellow("this card has no source file");
            return;
        }
        Path file = resolve(source.file());
        if (file == null) {
            message = paint.yellow("cannot find " + source.file());
            return;
        }
        String editor = env.var("VISUAL") != null ? env.var("VISUAL") : env.var("EDITOR") != null ? env.var("EDITOR") : "vi";
        List<String> cmd = new ArrayList<>(List.of(editor.trim().split("\\s+")));
        if (source.line() > 0) cmd.add("+" + source.line());
        cmd.add(file.toString());
        terminal.setAttributes(saved);
        w.print(CLEAR);
        w.flush();
        try {
            new ProcessBuilder(cmd).inheritIO().start().waitFor();
            message = paint.dim("edited " + source + " (changes show next run)");
        } catch (IOException e) {
            message = paint.yellow("cannot run " + editor + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            rawMode();
        }
    }

    private Path resolve(String file) {
        List<Path> candidates = new ArrayList<>();
        Path p = Path.of(file);
        if (p.isAbsolute()) candidates.add(p);
        if (notesRoot != null) {
            Path dir = Files.isDirectory(notesRoot) ? notesRoot : notesRoot.getParent();
            if (dir != null) {
                candidates.add(dir.resolve(file));
                if (dir.getParent() != null) candidates.add(dir.getParent().resolve(file));
            }
        }
        candidates.add(env.cwd().resolve(file));
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) return c;
        }
        return null;
    }

    /** The header's session clock, mm:ss as in "04:12". */
    static String timer(long millis) {
        long s = millis / 1000;
        return String.format(java.util.Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    private int width() {
        int w = terminal.getWidth();
        return w <= 0 ? 80 : w;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
