package dca.cli.screen;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * The full screen of the drill and the exam: each draw hands over every line of the screen, and
 * JLine's {@link Display} rewrites only what changed since the last one, so nothing flickers. Lines
 * may hold SGR colour codes. A screen taller than the terminal keeps its top (header and question)
 * and its bottom (message and keys) in view and scrolls what is between ({@link #scroll}). A
 * terminal that cannot move its cursor (a dumb one) gets each screen printed whole instead.
 */
public final class Frame implements AutoCloseable {
    /** What a screen shows: {@code top} stays (header, question), {@code body} scrolls when it must, {@code bottom} stays (keys). */
    public record Screen(List<String> top, List<String> body, List<String> bottom) {
        public Screen {
            top = List.copyOf(top);
            body = List.copyOf(body);
            bottom = List.copyOf(bottom);
        }

        /** Lines of which the last is the key line: everything above it may scroll under the first {@code keep}. */
        public static Screen of(List<String> lines, int keep) {
            if (lines.isEmpty()) return new Screen(List.of(), List.of(), List.of());
            int k = Math.min(keep, lines.size() - 1);
            return new Screen(lines.subList(0, k), lines.subList(k, lines.size() - 1), lines.subList(lines.size() - 1, lines.size()));
        }
    }

    private final Terminal terminal;
    private final boolean alternate;
    private final Display display;
    private boolean fresh = true;
    /** The first line of the scrolling part that is shown. */
    private int offset;
    /** How many lines the scrolling part could show at the last draw; 0 when everything fit. */
    private int window;

    /** {@code alternate}: draw on the alternate screen, so the screens stay out of the scrollback. */
    public Frame(Terminal terminal, boolean alternate) {
        this.terminal = terminal;
        this.alternate = alternate;
        this.display = Terminals.usable(terminal) ? new Display(terminal, true) : null;
        if (alternate) terminal.puts(Capability.enter_ca_mode);
    }

    /** Terminal width in columns; 80 when the terminal does not say. */
    public int width() {
        int w = terminal.getWidth();
        return w <= 0 ? 80 : w;
    }

    private int height() {
        int h = terminal.getHeight();
        return h <= 0 ? 24 : h;
    }

    /** Shows exactly these lines, top to bottom; the last is the key line. */
    public void draw(List<String> lines) {
        draw(Screen.of(lines, lines.size()));
    }

    public void draw(Screen screen) {
        if (display == null) {
            PrintWriter w = terminal.writer();
            for (List<String> part : List.of(screen.top(), screen.body(), screen.bottom())) {
                for (String line : part) w.print(line + "\r\n");
            }
            w.print("\r\n");
            w.flush();
            return;
        }
        int rows = height();
        int cols = width();
        display.resize(rows, cols);
        if (fresh) {
            display.clear(); // the first screen starts clean; later ones only change what differs
            fresh = false;
        }
        display.update(fit(screen, rows, cols), -1);
    }

    /** Scrolls the middle of a tall screen by {@code lines} (negative: up); the next draw shows it. */
    public void scroll(int lines) {
        offset = Math.max(0, offset + lines);
    }

    /** Lines a page key moves. */
    public int page() {
        return Math.max(1, window - 1);
    }

    /** True when the last screen was too tall for the terminal, so the scroll keys do something. */
    public boolean scrolls() {
        return window > 0;
    }

    /** A new screen (the next card or step) starts at its top. */
    public void top() {
        offset = 0;
    }

    /**
     * The screen cut to the terminal, one row kept free so nothing scrolls: long lines are split at
     * the edge (screens wrap their text at spaces before this); the top and bottom stay, and when
     * the rest does not fit it shows from the scroll offset with a line saying what is above and below.
     */
    List<AttributedString> fit(Screen s, int rows, int cols) {
        List<AttributedString> top = split(s.top(), cols);
        List<AttributedString> body = split(s.body(), cols);
        List<AttributedString> bottom = split(s.bottom(), cols);
        int room = Math.max(1, rows - 1);
        if (bottom.size() > room) bottom = bottom.subList(bottom.size() - room, bottom.size());
        int free = room - bottom.size();
        // The question stays, but leaves a few rows for what follows it; the rest of it scrolls.
        int keepTop = Math.min(top.size(), body.isEmpty() ? free : Math.max(0, free - Math.min(3, body.size() + 1)));
        List<AttributedString> middle = new ArrayList<>(top.subList(keepTop, top.size()));
        middle.addAll(body);
        List<AttributedString> out = new ArrayList<>(top.subList(0, keepTop));
        int space = free - keepTop;
        if (middle.size() <= space) {
            window = 0;
            offset = 0;
            out.addAll(middle);
        } else {
            window = Math.max(1, space - 1);
            offset = Math.min(offset, middle.size() - window);
            out.addAll(middle.subList(offset, offset + window));
            int below = middle.size() - offset - window;
            String more = (offset > 0 ? "↑ " + offset + " more above" : "") + (offset > 0 && below > 0 ? " · " : "")
                    + (below > 0 ? "↓ " + below + " more below" : "") + "  (↑ ↓ PgUp PgDn scroll)";
            if (space > 1) out.add(AttributedString.fromAnsi(cut("  " + more, cols)));
        }
        out.addAll(bottom);
        return out;
    }

    private static List<AttributedString> split(List<String> lines, int cols) {
        List<AttributedString> out = new ArrayList<>();
        for (String line : lines) out.addAll(AttributedString.fromAnsi(line).columnSplitLength(cols));
        return out;
    }

    private static String cut(String s, int cols) {
        return s.length() <= cols ? s : s.substring(0, Math.max(0, cols - 1)) + "…";
    }

    /** Something else wrote to the terminal (an editor ran): the next draw starts from a clean screen. */
    public void invalidate() {
        if (display != null) display.reset();
        fresh = true;
    }

    /** Clears the screen now, e.g. before handing the terminal to an editor or before a summary. */
    public void clearScreen() {
        terminal.puts(Capability.clear_screen);
        terminal.flush();
        invalidate();
    }

    @Override
    public void close() {
        clearScreen();
        if (alternate) terminal.puts(Capability.exit_ca_mode);
        terminal.flush();
    }
}
