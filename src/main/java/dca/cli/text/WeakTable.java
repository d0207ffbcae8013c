package dca.cli.text;

import dca.srs.MemoryState;
import dca.study.WeakCard;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** {@code dca weak --list}: the ranked cards as a table, the reasons in the last column, fitted to the terminal. */
public final class WeakTable {
    /**
     * The card and its reasons shrink first; on a narrow terminal difficulty, stability, last review,
     * lapses and the deck go, in that order. The id stays whole: it is what other commands take.
     */
    static final List<Table.Column> COLUMNS = List.of(
            Table.Column.keep("id"),
            Table.Column.text("card", 12),
            Table.Column.text("deck", 10).dropping(1),
            Table.Column.keep("recall"),
            Table.Column.keep("stability").dropping(4),
            Table.Column.keep("difficulty").dropping(5),
            Table.Column.keep("lapses").dropping(2),
            Table.Column.keep("last review").dropping(3),
            Table.Column.text("why", 12));

    private WeakTable() {}

    /** One row per card: id, card, deck, recall now, stability, difficulty, lapses, last review, why. */
    public static void print(List<WeakCard> weak, int total, PrintStream out, ZoneId zone, OptionalInt width) {
        if (weak.isEmpty()) {
            out.println("No weak cards: nothing studied is at risk.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (WeakCard w : weak) {
            MemoryState m = w.progress().memory();
            rows.add(List.of(
                w.item().id().value(),
                Wrap.cut(Wrap.firstLine(w.item().card().prompt()), 36),
                w.item().deck().name(),
                Math.round(w.recall() * 100) + "%",
                String.format(Locale.ROOT, "%.1fd", m.stability()),
                String.format(Locale.ROOT, "%.1f", m.difficulty()),
                Integer.toString(m.lapses()),
                m.lastReview() == null ? "-" : m.lastReview().atZone(zone).toLocalDate().toString(),
                w.why()));
        }
        Table.print(out, COLUMNS, rows, width, false);
        if (total > weak.size()) out.println("… " + (total - weak.size()) + " more (--limit N shows more)");
    }
}
