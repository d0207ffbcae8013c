package dca.cli.screen;

import java.io.IOError;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Single keys from a terminal in raw mode, for the full-screen drill and exam. A key is its
 * character ({@code "a"}, {@code " "}), or one of the names below; {@code null} is the end of input.
 * Ctrl-C arrives as a key (ISIG is off), so quitting restores the terminal and keeps every answer.
 */
public final class Keys implements AutoCloseable {
    public static final String ENTER = "enter";
    public static final String BACKSPACE = "backspace";
    public static final String ESC = "esc";
    public static final String CTRL_C = "ctrl-c";
    /** Raw mode delivers Ctrl-D as a key, not as the end of input. */
    public static final String CTRL_D = "ctrl-d";
    /** Nothing was pressed in the time given to {@link #read(long)}. */
    public static final String TIMEOUT = "timeout";
    /** A sequence no key is bound to (an arrow key, a function key). */
    public static final String OTHER = "";

    private static final String CHAR = "char";

    private final Terminal terminal;
    private final BindingReader reader;
    private final KeyMap<String> map = new KeyMap<>();
    private Attributes saved;
    private final Terminal.SignalHandler previous;
    /** SIGINT from outside (Ctrl-C itself arrives as a key): read as Ctrl-C. */
    private volatile boolean interrupted;

    public Keys(Terminal terminal) {
        this.terminal = terminal;
        this.reader = new BindingReader(terminal.reader());
        for (char c = 32; c < 127; c++) map.bind(String.valueOf(c), String.valueOf(c));
        map.bind(ENTER, "\r", "\n");
        map.bind(CTRL_C, KeyMap.ctrl('C'));
        map.bind(CTRL_D, KeyMap.ctrl('D'));
        map.bind(BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        map.bind(ESC, KeyMap.esc());
        map.setUnicode(CHAR);
        map.setNomatch(OTHER);
        raw();
        previous = terminal.handle(Terminal.Signal.INT, signal -> interrupted = true);
    }

    /** Waits for the next key; null at the end of input. */
    public String read() {
        if (interrupted) return CTRL_C;
        try {
            String k = reader.readBinding(map);
            if (k == null) return null;
            return k.equals(CHAR) ? reader.getLastBinding() : k;
        } catch (IOError e) {
            return null; // the terminal went away: as the end of input
        }
    }

    /** As {@link #read()}, giving up after {@code millis} with {@link #TIMEOUT}. */
    public String read(long millis) {
        try {
            int c = reader.peekCharacter(millis);
            if (c == NonBlockingReader.READ_EXPIRED) return TIMEOUT;
            if (c < 0) return null;
        } catch (IOError e) {
            return null;
        }
        return read();
    }

    /** Gives the terminal back as it was (to run an editor); {@link #resume} takes it again. */
    public void pause() {
        terminal.setAttributes(saved);
    }

    public void resume() {
        raw();
    }

    private void raw() {
        saved = terminal.enterRawMode();
        Attributes raw = new Attributes(terminal.getAttributes());
        // Ctrl-C must reach us as a key so that quitting saves and restores the terminal.
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
    }

    @Override
    public void close() {
        terminal.handle(Terminal.Signal.INT, previous);
        terminal.setAttributes(saved);
    }
}
