package dca.cli.exam;

import dca.cli.text.Charts;
import dca.deck.Option;
import dca.study.exam.DomcItem;
import dca.study.exam.ExamItem;
import dca.study.exam.ExamSession;
import dca.study.exam.McqItem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * The exam over plain lines (DESIGN §6): every prompt ends a line and every input line is one
 * answer — {@code y}/{@code n} for a DOMC option, letters ({@code b}, {@code a,c}) for multiple
 * choice, {@code q} to quit after a {@code y} confirmation. End of input ends the exam.
 */
public final class PlainExamPrompter implements ExamPrompter {
    private final BufferedReader in;
    private final PrintStream out;
    private ExamItem shown;

    public PlainExamPrompter(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    /** Scripts start at once: the introduction is already printed. */
    @Override
    public boolean begin(java.util.List<String> intro) {
        return true;
    }

    @Override
    public String ask(ExamSession session, ExamItem item) {
        if (item != shown) {
            header(session, item);
            shown = item;
        }
        if (item instanceof DomcItem d) {
            out.println("  > " + d.current().text());
            out.println("  YES or NO? (y/n)");
            while (true) {
                String line = readLine();
                if (line == null) return null;
                String t = line.trim().toLowerCase(Locale.ROOT);
                if (t.equals("y") || t.equals("yes")) return "y";
                if (t.equals("n") || t.equals("no")) return "n";
                if (t.equals("q") || t.equals("quit")) return QUIT;
                out.println("  Type y or n (q quits).");
            }
        }
        McqItem m = (McqItem) item;
        out.println("  Letters (b or a,c):");
        while (true) {
            String line = readLine();
            if (line == null) return null;
            String t = line.trim().toLowerCase(Locale.ROOT);
            if (t.equals("q") || t.equals("quit")) return QUIT;
            Set<Integer> letters = m.parseLetters(t);
            if (letters != null) {
                StringBuilder sb = new StringBuilder();
                for (int i : letters) sb.append(McqItem.letter(i));
                return sb.toString();
            }
            out.println("  Type letters a to " + McqItem.letter(m.options().size() - 1) + ", e.g. b or a,c (q quits).");
        }
    }

    private void header(ExamSession session, ExamItem item) {
        int n = session.items().size();
        String kind = item instanceof DomcItem ? "DOMC"
                : ((McqItem) item).rightCount() > 1 ? "multiple choice, choose " + ((McqItem) item).rightCount()
                : "multiple choice";
        out.println();
        out.println("[" + Charts.clock(session.remaining()) + " left] Question " + (session.index() + 1) + " of " + n
                + " (" + kind + ")");
        out.println(item.card().prompt());
        if (item instanceof McqItem) {
            for (int i = 0; i < item.options().size(); i++) {
                Option o = item.options().get(i);
                out.println("  " + McqItem.letter(i) + ") " + o.text());
            }
        }
    }

    @Override
    public boolean confirmQuit(ExamSession session) {
        int left = session.items().size() - session.index();
        out.println("Quit the exam? The " + left + " unanswered question" + (left == 1 ? "" : "s")
                + (left == 1 ? " counts" : " count") + " as wrong. (y/n)");
        String line = readLine();
        if (line == null) return true;
        boolean yes = line.trim().equalsIgnoreCase("y") || line.trim().equalsIgnoreCase("yes");
        if (!yes) shown = null; // show the question again before its prompt
        return yes;
    }

    @Override
    public void timeUp() {
        out.println();
        out.println("Time is up: unanswered questions count as wrong.");
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // the streams belong to the caller
    }
}
