package dca.cli.screen;

import dca.cli.run.Env;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
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

    /**
     * The width of the terminal the output goes to: {@code COLUMNS} when set, else the terminal's own
     * ({@code stty size}, a few milliseconds, only when standard output is one); empty for a pipe or a file.
     */
    public static OptionalInt outputWidth(Env env) {
        String cols = env.var("COLUMNS");
        if (cols != null) {
            try {
                int w = Integer.parseInt(cols.trim());
                if (w > 0) return OptionalInt.of(w);
            } catch (NumberFormatException e) {
                // not a number: ask the terminal
            }
        }
        if (!env.processStreams() || !stdoutIsTerminal()) return OptionalInt.empty();
        return sttyColumns();
    }

    private static boolean stdoutIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null; // no /proc: both ends a terminal is the best Java 17 can tell
        }
    }

    private static OptionalInt sttyColumns() {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
            if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) return OptionalInt.empty();
            String[] parts = out.split("\\s+");
            int w = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            return w > 0 ? OptionalInt.of(w) : OptionalInt.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    public boolean color(Terminal t) {
        return env.colorAllowed() && !Terminal.TYPE_DUMB.equals(t.getType())
                && !Terminal.TYPE_DUMB_COLOR.equals(t.getType());
    }
}
