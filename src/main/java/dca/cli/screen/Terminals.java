package dca.cli.screen;

import dca.cli.run.Env;
import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Whether a command talks to a terminal (full screen, single keys) or to lines (plain mode). A
 * terminal is built only when one is needed: it costs about 100 ms of start-up.
 */
public final class Terminals {
    private final Env env;
    private final boolean plain;
    private final Terminal injected;

    /** {@code injected}: a terminal to use instead of building one (the shell's own, or a test's), or null. */
    public Terminals(Env env, boolean plain, Terminal injected) {
        this.env = env;
        this.plain = plain;
        this.injected = injected;
    }

    /**
     * True when stdin and stdout are both terminals of this process (never in-process, where the
     * streams are the caller's) and {@code --plain} was not given; or when a terminal was injected.
     */
    public boolean interactive() {
        if (plain) return false;
        if (injected != null) return true;
        return env.in() == System.in && System.console() != null;
    }

    /** The injected terminal, or a new system terminal that the caller must close. */
    public Terminal open() throws IOException {
        if (injected != null) return injected;
        return TerminalBuilder.builder().system(true).name("dca").build();
    }

    public boolean owned(Terminal t) {
        return t != injected;
    }

    public boolean color(Terminal t) {
        return env.colorAllowed() && !Terminal.TYPE_DUMB.equals(t.getType())
                && !Terminal.TYPE_DUMB_COLOR.equals(t.getType());
    }
}
