package dca.cli.exam;

import dca.cli.text.Charts;
import dca.study.exam.DomcItem;
import dca.study.exam.ExamItem;
import dca.study.exam.ExamSession;
import dca.study.exam.McqItem;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;

/**
 * The exam on a real terminal: one screen per question with a live countdown, single keys —
 * {@code y}/{@code n} for a DOMC option; a letter for a one-answer question; letters to toggle and
 * Enter for "choose 2"; {@code q} or Ctrl-C to quit (after a confirmation).
 */
public final class TerminalExamPrompter implements ExamPrompter {
    private static final int TICK_MS = 1000;
    private static final int CTRL_C = 3;
    /** Raw mode delivers Ctrl-D as a key, not as end of input: it asks to quit like q. */
    private static final int CTRL_D = 4;

    private final Terminal terminal;
    private final boolean owned;
    private final Attributes saved;
    private final PrintWriter w;
    private final boolean colour;
    private final Set<Integer> toggled = new TreeSet<>();
    private ExamItem toggledFor;

    /** {@code owned}: close the terminal at the end (false for one that belongs to the shell or a test). */
    public TerminalExamPrompter(Terminal terminal, boolean owned, boolean colour) {
        this.terminal = terminal;
        this.owned = owned;
        saved = terminal.enterRawMode();
        // Ctrl-C arrives as a key (handled as quit) instead of killing the JVM mid-exam.
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        w = terminal.writer();
        this.colour = colour;
    }

    @Override
    public boolean begin(List<String> intro) {
        // The alternate screen keeps the question screens out of the scrollback; the report prints after it.
        terminal.puts(InfoCmp.Capability.enter_ca_mode);
        int width = width();
        terminal.puts(InfoCmp.Capability.clear_screen);
        for (String l : intro) for (String part : wrap(l, width)) line(part);
        line("");
        line(bold("Enter starts the clock · q cancels"));
        w.flush();
        while (true) {
            int c = read();
            if (c == NonBlockingReader.READ_EXPIRED) continue;
            if (c < 0 || c == 'q' || c == 'Q' || c == CTRL_C) return false;
            if (c == '\r' || c == '\n' || c == ' ') {
                terminal.puts(InfoCmp.Capability.clear_screen);
                return true;
            }
        }
    }

    private int width() {
        return Math.max(40, terminal.getWidth() > 0 ? terminal.getWidth() : 80);
    }

    @Override
    public String ask(ExamSession session, ExamItem item) {
        if (item != toggledFor) {
            toggled.clear();
            toggledFor = item;
        }
        while (true) {
            draw(session, item, null);
            int c = read();
            if (c == NonBlockingReader.READ_EXPIRED) {
                if (session.checkTime()) return "";
                continue;
            }
            if (c < 0) return null;
            char k = Character.toLowerCase((char) c);
            if (c == CTRL_C || c == CTRL_D || k == 'q') return QUIT;
            if (item instanceof DomcItem) {
                if (k == 'y' || k == 'n') return String.valueOf(k);
                continue;
            }
            McqItem m = (McqItem) item;
            int i = k - 'a';
            boolean multi = m.rightCount() > 1;
            if (i >= 0 && i < m.options().size()) {
                if (!multi) return String.valueOf(k);
                if (!toggled.remove(i)) toggled.add(i);
            } else if ((c == '\r' || c == '\n') && multi && !toggled.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (int t : toggled) sb.append(McqItem.letter(t));
                return sb.toString();
            }
        }
    }

    @Override
    public boolean confirmQuit(ExamSession session) {
        int left = session.items().size() - session.index();
        draw(session, session.current(), "Quit the exam? The " + left + " unanswered question" + (left == 1 ? "" : "s")
                + (left == 1 ? " counts" : " count") + " as wrong.  y quit · n go on");
        while (true) {
            int c = read();
            if (c == NonBlockingReader.READ_EXPIRED) {
                if (session.checkTime()) return false;
                continue;
            }
            if (c < 0 || c == 'y' || c == 'Y') return true;
            if (c == 'n' || c == 'N' || c == 27 || c == CTRL_C) return false;
        }
    }

    @Override
    public void timeUp() {
        // Said in the report, which prints on the normal screen after this one closes.
    }

    private int read() {
        try {
            return terminal.reader().read(TICK_MS);
        } catch (IOException e) {
            return -1;
        }
    }

    private void clear() {
        terminal.puts(InfoCmp.Capability.clear_screen);
        w.flush();
    }

    private void draw(ExamSession session, ExamItem item, String footer) {
        int width = width();
        terminal.puts(InfoCmp.Capability.cursor_home);
        String kind = item instanceof DomcItem ? "DOMC"
                : ((McqItem) item).rightCount() > 1 ? "choose " + ((McqItem) item).rightCount() : "multiple choice";
        String left = "dca exam · question " + (session.index() + 1) + " of " + session.items().size() + " · " + kind;
        String right = Charts.clock(session.remaining()) + " left";
        int pad = Math.max(1, width - left.length() - right.length());
        line(bold(left) + " ".repeat(pad) + right);
        double done = (double) session.index() / session.items().size();
        line(Charts.bar(done, width).stripTrailing());
        line("");
        for (String l : wrap(item.card().prompt(), width)) line(l);
        line("");
        if (item instanceof DomcItem d) {
            line("  option " + d.shownCount() + ":");
            for (String l : wrap("    " + d.current().text(), width)) line(bold(l));
            line("");
            line("    y YES    n NO    q quit");
        } else {
            McqItem m = (McqItem) item;
            for (int i = 0; i < m.options().size(); i++) {
                String mark = m.rightCount() > 1 ? (toggled.contains(i) ? "[x] " : "[ ] ") : "";
                for (String l : wrap("  " + mark + McqItem.letter(i) + ") " + m.options().get(i).text(), width)) line(l);
            }
            line("");
            line(m.rightCount() > 1 ? "    letters toggle · Enter answers · q quit" : "    press a letter to answer · q quit");
        }
        if (footer != null) {
            line("");
            line(bold(footer));
        }
        terminal.puts(InfoCmp.Capability.clr_eos);
        w.flush();
    }

    private void line(String s) {
        // Redrawn in place: clear the rest of each line. Raw mode does not turn \n into \r\n.
        w.print(s);
        terminal.puts(InfoCmp.Capability.clr_eol);
        w.print("\r\n");
    }

    private String bold(String s) {
        return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            String indent = para.substring(0, para.length() - para.stripLeading().length());
            StringBuilder line = new StringBuilder(indent);
            for (String word : para.strip().split(" +")) {
                if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line = new StringBuilder(indent);
                }
                if (line.length() > indent.length()) line.append(' ');
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    @Override
    public void close() {
        clear();
        terminal.puts(InfoCmp.Capability.exit_ca_mode);
        terminal.setAttributes(saved);
        w.flush();
        if (!owned) return;
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing left to restore
        }
    }
}
