package dca.cli.screen;

import dca.cli.run.Env;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
     * Such a terminal may still be unable to draw a full screen: see {@link #fullScreen}.
     */
    public boolean interactive() {
        if (plain) return false;
        if (injected != null) return true;
        return env.in() == System.in && System.console() != null;
    }

    /**
     * The terminal to draw the full screen on, or null for plain mode: not a terminal, {@code --plain},
     * or a terminal that cannot move its cursor ({@code TERM=dumb}, an IDE console). On such a
     * terminal single keys come a line at a time, so a full-screen drill would take Enter for both
     * the reveal and the grade; plain mode reads the reveal and the grade as two lines, and says so
     * once on stderr. A terminal returned here is closed with {@link #release}.
     */
    public Terminal fullScreen() throws IOException {
        if (!interactive()) return null;
        if (injected != null) return usable(injected) ? injected : fallBack(injected.getType());
        String term = env.var("TERM");
        if (term == null || term.equals(Terminal.TYPE_DUMB) || term.equals(Terminal.TYPE_DUMB_COLOR)) {
            return fallBack(term == null ? "no TERM" : term);
        }
        Terminal t = TerminalBuilder.builder().system(true).name("dca").build();
        if (usable(t)) return t;
        t.close();
        return fallBack(t.getType());
    }

    /** A terminal that can address its cursor: what the full screen needs. */
    static boolean usable(Terminal t) {
        String type = t.getType();
        return !Terminal.TYPE_DUMB.equals(type) && !Terminal.TYPE_DUMB_COLOR.equals(type)
                && t.getStringCapability(org.jline.utils.InfoCmp.Capability.cursor_address) != null;
    }

    private Terminal fallBack(String type) {
        if (env.once("plain-fallback")) {
            env.err().println("dca: this terminal (" + (type.startsWith("no ") ? type : "TERM=" + type)
                    + ") cannot show the full screen; using plain mode: each prompt reads one line (Enter reveals, then a grade)");
        }
        return null;
    }

    /** Where plain mode reads and writes: the injected terminal's streams, else the run's. */
    public record Lines(BufferedReader in, PrintStream out) {}

    public Lines lines() {
        if (injected != null) {
            return new Lines(new BufferedReader(injected.reader()), new PrintStream(injected.output(), true, StandardCharsets.UTF_8));
        }
        return new Lines(new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8)), env.out());
    }

    /** True for a terminal {@link #fullScreen} built, which its user closes; false for an injected one. */
    public boolean ownsTerminal(Terminal t) {
        return t != injected;
    }

    /** Closes a terminal {@link #fullScreen} built (not an injected one). */
    public void release(Terminal t) throws IOException {
        if (t != null && t != injected) t.close();
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
