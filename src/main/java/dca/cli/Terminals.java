package dca.cli;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Whether a command talks to a terminal (full screen, single keys) or to lines (plain mode). A
 * terminal is built only when one is needed: it costs about 100 ms of start-up.
 */
final class Terminals {
    private Terminals() {}

    /**
     * True when stdin and stdout are both terminals of this process (never in-process, where the
     * streams are the caller's) and {@code --plain} was not given; or when a terminal was injected.
     */
    static boolean interactive(DcaCommand root) {
        if (root.plain) return false;
        if (root.terminal != null) return true;
        return root.env().in() == System.in && System.console() != null;
    }

    /** The injected terminal, or a new system terminal that the caller must close. */
    static Terminal open(DcaCommand root) throws IOException {
        if (root.terminal != null) return root.terminal;
        return TerminalBuilder.builder().system(true).name("dca").build();
    }

    static boolean owned(DcaCommand root, Terminal t) {
        return t != root.terminal;
    }

    static boolean color(DcaCommand root, Terminal t) {
        return root.env().colorAllowed() && !Terminal.TYPE_DUMB.equals(t.getType())
                && !Terminal.TYPE_DUMB_COLOR.equals(t.getType());
    }
}
