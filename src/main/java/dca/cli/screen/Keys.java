package dca.cli.screen;

import java.io.IOError;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
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
    /** A sequence no key is bound to (a function key). */
    public static final String OTHER = "";
    /** The terminal changed size: redraw. Not a key, but it arrives where keys do, so a screen redraws at once. */
    public static final String RESIZE = "resize";
    public static final String UP = "up";
    public static final String DOWN = "down";
    public static final String PAGE_UP = "page-up";
    public static final String PAGE_DOWN = "page-down";

    /** How often a waiting read looks for a resize. */
    private static final long POLL_MS = 100;

    private static final String CHAR = "char";

    private final Terminal terminal;
    private final BindingReader reader;
    private final KeyMap<String> map = new KeyMap<>();
    private Attributes saved;
    private final Terminal.SignalHandler previous;
    private final Terminal.SignalHandler previousWinch;
    /** SIGINT from outside (Ctrl-C itself arrives as a key): read as Ctrl-C. */
    private volatile boolean interrupted;
    private volatile boolean resized;

    public Keys(Terminal terminal) {
        this.terminal = terminal;
        this.reader = new BindingReader(terminal.reader());
        for (char c = 32; c < 127; c++) map.bind(String.valueOf(c), String.valueOf(c));
        map.bind(ENTER, "\r", "\n");
        map.bind(CTRL_C, KeyMap.ctrl('C'));
        map.bind(CTRL_D, KeyMap.ctrl('D'));
        map.bind(BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        map.bind(ESC, KeyMap.esc());
        bind(UP, Capability.key_up, "\033[A", "\033OA");
        bind(DOWN, Capability.key_down, "\033[B", "\033OB");
        bind(PAGE_UP, Capability.key_ppage, "\033[5~");
        bind(PAGE_DOWN, Capability.key_npage, "\033[6~");
        map.setUnicode(CHAR);
        // Esc alone and the arrow keys' Esc sequences share a prefix: an arrow's bytes come together, so wait little.
        map.setAmbiguousTimeout(100);
        map.setNomatch(OTHER);
        raw();
        previous = terminal.handle(Terminal.Signal.INT, signal -> interrupted = true);
        previousWinch = terminal.handle(Terminal.Signal.WINCH, signal -> resized = true);
    }

    private void bind(String name, Capability cap, String... fallbacks) {
        String seq = KeyMap.key(terminal, cap);
        if (seq != null && !seq.isEmpty()) map.bind(name, seq);
        for (String f : fallbacks) map.bind(name, f);
    }

    /** Waits for the next key; null at the end of input; {@link #RESIZE} when the terminal changed size meanwhile. */
    public String read() {
        try {
            while (true) {
                if (interrupted) return CTRL_C;
                if (resized) {
                    resized = false;
                    return RESIZE;
                }
                int c = reader.peekCharacter(POLL_MS);
                if (c == NonBlockingReader.READ_EXPIRED) continue;
                if (c < 0) return null;
                String k = reader.readBinding(map);
                if (k == null) return null;
                return k.equals(CHAR) ? reader.getLastBinding() : k;
            }
        } catch (IOError e) {
            return null; // the terminal went away: as the end of input
        }
    }

    /** As {@link #read()}, giving up after {@code millis} with {@link #TIMEOUT}. */
    public String read(long millis) {
        if (resized || interrupted) return read();
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
        terminal.handle(Terminal.Signal.WINCH, previousWinch);
        terminal.setAttributes(saved);
    }
}
