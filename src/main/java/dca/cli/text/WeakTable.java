package dca.cli.text;

import dca.srs.MemoryState;
import dca.study.WeakCard;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code dca weak --list}: the ranked cards as a table, the reasons in the last column. */
public final class WeakTable {
    private WeakTable() {}

    /** One row per card: id, card, deck, recall now, stability, difficulty, lapses, last review, why. */
    public static void print(List<WeakCard> weak, int total, PrintStream out, ZoneId zone) {
        if (weak.isEmpty()) {
            out.println("No weak cards: nothing studied is at risk.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "card", "deck", "recall", "stability", "difficulty", "lapses", "last review", "why"});
        for (WeakCard w : weak) {
            MemoryState m = w.progress().memory();
            rows.add(new String[] {
                w.item().id().value(),
                cut(Wrap.firstLine(w.item().card().prompt()), 36),
                w.item().deck().name(),
                Math.round(w.recall() * 100) + "%",
                String.format(Locale.ROOT, "%.1fd", m.stability()),
                String.format(Locale.ROOT, "%.1f", m.difficulty()),
                Integer.toString(m.lapses()),
                m.lastReview() == null ? "-" : m.lastReview().atZone(zone).toLocalDate().toString(),
                w.why()});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length - 1; i++) width[i] = Math.max(width[i], r[i].length());
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(i < r.length - 1 ? pad(r[i], width[i]) + "  " : r[i]);
            }
            out.println(sb.toString().stripTrailing());
        }
        if (total > weak.size()) out.println("… " + (total - weak.size()) + " more (--limit N shows more)");
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
