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
 * may hold SGR colour codes. A terminal that cannot move its cursor (a dumb one) gets each screen
 * printed whole instead.
 */
public final class Frame implements AutoCloseable {
    private final Terminal terminal;
    private final boolean alternate;
    private final Display display;
    private boolean fresh = true;

    /** {@code alternate}: draw on the alternate screen, so the screens stay out of the scrollback. */
    public Frame(Terminal terminal, boolean alternate) {
        this.terminal = terminal;
        this.alternate = alternate;
        boolean addressable = terminal.getStringCapability(Capability.cursor_address) != null
                && !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        this.display = addressable ? new Display(terminal, true) : null;
        if (alternate) terminal.puts(Capability.enter_ca_mode);
        // JLine draws box lines (─ │ ┌ …) in the terminal's line-drawing set; screen and tmux
        // need it enabled first, or a line of ─ comes out as a line of q.
        if (display != null) terminal.puts(Capability.ena_acs);
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

    /** Shows exactly these lines, top to bottom. */
    public void draw(List<String> lines) {
        if (display == null) {
            PrintWriter w = terminal.writer();
            for (String line : lines) w.print(line + "\r\n");
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
        display.update(fit(lines, rows, cols), -1);
    }

    /**
     * Lines cut to the screen: long ones wrap at the edge; when they do not all fit, the top ones
     * stay (header, question) and so does the whole last line (the keys), one row kept free so
     * nothing scrolls.
     */
    static List<AttributedString> fit(List<String> lines, int rows, int cols) {
        List<AttributedString> out = new ArrayList<>();
        List<AttributedString> last = List.of();
        for (int i = 0; i < lines.size(); i++) {
            List<AttributedString> split = AttributedString.fromAnsi(lines.get(i)).columnSplitLength(cols);
            if (i == lines.size() - 1) last = split;
            else out.addAll(split);
        }
        int room = Math.max(1, rows - 1);
        if (out.size() + last.size() > room) out = new ArrayList<>(out.subList(0, Math.max(0, room - last.size())));
        out.addAll(last);
        return out;
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
