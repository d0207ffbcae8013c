package dca.cli.exam;

import dca.cli.screen.Frame;
import dca.cli.screen.Keys;
import dca.cli.text.Charts;
import dca.cli.text.Paint;
import dca.cli.text.Wrap;
import dca.study.exam.DomcItem;
import dca.study.exam.ExamItem;
import dca.study.exam.ExamSession;
import dca.study.exam.McqItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jline.terminal.Terminal;

/**
 * The exam on a real terminal: one screen per question with a live countdown, single keys —
 * {@code y}/{@code n} for a DOMC option; a letter for a one-answer question; letters to toggle and
 * Enter for "choose 2"; {@code q} or Ctrl-C to quit (after a confirmation). The screens are drawn
 * on the alternate screen; the report prints on the normal one after it closes.
 */
public final class ScreenExamPrompter implements ExamPrompter {
    /** The countdown is redrawn this often while no key comes. */
    private static final int TICK_MS = 1000;

    private final Terminal terminal;
    private final boolean owned;
    private final Keys keys;
    private final Frame frame;
    private final Paint paint;
    private final Set<Integer> toggled = new TreeSet<>();
    private ExamItem toggledFor;

    /** {@code owned}: close the terminal at the end (false for one that belongs to the shell or a test). */
    public ScreenExamPrompter(Terminal terminal, boolean owned, boolean colour) {
        this.terminal = terminal;
        this.owned = owned;
        this.keys = new Keys(terminal);
        this.frame = new Frame(terminal, true);
        this.paint = new Paint(colour);
    }

    @Override
    public boolean begin(List<String> intro) {
        while (true) {
            // Laid out again at every draw: a resize redraws at the new width.
            List<String> lines = new ArrayList<>();
            for (String l : intro) lines.addAll(Wrap.lines(l, width(), ""));
            lines.add("");
            lines.add(paint.bold("Enter starts the clock · q cancels"));
            frame.draw(Frame.Screen.of(lines, 0));
            String k = keys.read();
            if (k == null || k.equalsIgnoreCase("q") || k.equals(Keys.CTRL_C)) return false;
            if (k.equals(Keys.ENTER) || k.equals(" ")) return true;
            scrolled(k);
        }
    }

    /** Arrow and page keys move a question taller than the screen; true when {@code k} was one. */
    private boolean scrolled(String k) {
        if (k == null) return false;
        switch (k) {
            case Keys.UP -> frame.scroll(-1);
            case Keys.DOWN -> frame.scroll(1);
            case Keys.PAGE_UP -> frame.scroll(-frame.page());
            case Keys.PAGE_DOWN -> frame.scroll(frame.page());
            default -> {
                return false;
            }
        }
        return true;
    }

    private int width() {
        return Math.max(40, frame.width());
    }

    @Override
    public String ask(ExamSession session, ExamItem item) {
        if (item != toggledFor) {
            toggled.clear();
            toggledFor = item;
            frame.top();
        }
        while (true) {
            draw(session, item, null);
            String k = keys.read(TICK_MS);
            if (Keys.TIMEOUT.equals(k)) {
                if (session.checkTime()) return "";
                continue;
            }
            if (k == null) return null;
            if (Keys.RESIZE.equals(k) || scrolled(k)) continue;
            if (k.equals(Keys.CTRL_C) || k.equals(Keys.CTRL_D) || k.equalsIgnoreCase("q")) return QUIT;
            String key = k.toLowerCase(Locale.ROOT);
            if (item instanceof DomcItem) {
                if (key.equals("y") || key.equals("n")) return key;
                continue;
            }
            McqItem m = (McqItem) item;
            int i = key.length() == 1 ? key.charAt(0) - 'a' : -1;
            boolean multi = m.rightCount() > 1;
            if (i >= 0 && i < m.options().size()) {
                if (!multi) return key;
                if (!toggled.remove(i)) toggled.add(i);
            } else if (k.equals(Keys.ENTER) && multi && !toggled.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (int t : toggled) sb.append(McqItem.letter(t));
                return sb.toString();
            }
        }
    }

    @Override
    public boolean confirmQuit(ExamSession session) {
        int left = session.items().size() - session.index();
        String question = "Quit the exam? The " + left + " unanswered question" + (left == 1 ? "" : "s")
                + (left == 1 ? " counts" : " count") + " as wrong.  y quit · n go on";
        while (true) {
            draw(session, session.current(), question);
            String k = keys.read(TICK_MS);
            if (Keys.TIMEOUT.equals(k)) {
                if (session.checkTime()) return false;
                continue;
            }
            if (k == null || k.equalsIgnoreCase("y")) return true;
            if (k.equalsIgnoreCase("n") || k.equals(Keys.ESC) || k.equals(Keys.CTRL_C)) return false;
            scrolled(k);
        }
    }

    @Override
    public void timeUp() {
        // Said in the report, which prints on the normal screen after this one closes.
    }

    private void draw(ExamSession session, ExamItem item, String footer) {
        int width = width();
        List<String> lines = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<String> bottom = new ArrayList<>();
        String kind = item instanceof DomcItem ? "DOMC"
                : ((McqItem) item).rightCount() > 1 ? "choose " + ((McqItem) item).rightCount() : "multiple choice";
        String left = "dca exam · question " + (session.index() + 1) + " of " + session.items().size() + " · " + kind;
        String right = Charts.clock(session.remaining()) + " left";
        left = Wrap.cut(left, Math.max(1, width - right.length() - 1));
        int pad = Math.max(1, width - left.length() - right.length());
        lines.add(paint.bold(left) + " ".repeat(pad) + right);
        double done = (double) session.index() / session.items().size();
        lines.add(Charts.bar(done, width).stripTrailing());
        lines.add("");
        lines.addAll(Wrap.lines(item.card().prompt(), width, ""));
        body.add("");
        if (item instanceof DomcItem d) {
            body.add("  option " + d.shownCount() + ":");
            for (String l : Wrap.lines(d.current().text(), width, "    ")) body.add(paint.bold(l));
            bottom.add("");
            bottom.add("    y YES    n NO    q quit");
        } else {
            McqItem m = (McqItem) item;
            for (int i = 0; i < m.options().size(); i++) {
                String lead = "  " + (m.rightCount() > 1 ? (toggled.contains(i) ? "[x] " : "[ ] ") : "") + McqItem.letter(i) + ") ";
                body.addAll(Wrap.hanging(m.options().get(i).text(), width, lead, " ".repeat(lead.length())));
            }
            bottom.add("");
            bottom.addAll(Wrap.lines(m.rightCount() > 1 ? "letters toggle · Enter answers · q quit" : "press a letter to answer · q quit",
                    width, "    "));
        }
        if (footer != null) {
            bottom.add("");
            for (String l : Wrap.lines(footer, width, "")) bottom.add(paint.bold(l));
        }
        // The question stays in view; the options scroll under it when the screen is short.
        frame.draw(new Frame.Screen(lines, body, bottom));
    }

    @Override
    public void close() {
        frame.close();
        keys.close();
        if (!owned) return;
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing left to restore
        }
    }
}
