package dca.cli.text;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A plain text table: columns padded to their widest cell, numbers right-aligned. Given a width
 * (a terminal's), it fits: text columns shrink, their cells cut with "…", and when that is not
 * enough the least useful columns are left out, said under the table. Without one (a pipe or a
 * file) every cell is printed whole.
 */
public final class Table {
    /**
     * A column. {@code shrink}: the narrowest a text column may become (0: it never shrinks, as for
     * ids and numbers); {@code drop}: the order in which columns leave a narrow table, the highest
     * first (0: it always stays).
     */
    public record Column(String header, int shrink, int drop) {
        public static Column keep(String header) {
            return new Column(header, 0, 0);
        }

        public static Column text(String header, int shrink) {
            return new Column(header, shrink, 0);
        }

        public Column dropping(int rank) {
            return new Column(header, shrink, rank);
        }
    }

    private static final int GAP = 2;

    private Table() {}

    /** Every cell whole, headers upper-case. */
    public static void print(PrintStream out, List<String> header, List<List<String>> rows) {
        print(out, header.stream().map(Column::keep).toList(), rows, OptionalInt.empty(), true);
    }

    /** Colour for a cell once it is padded: {@code row} 0 is the first data row. */
    @FunctionalInterface
    public interface Style {
        String apply(int row, int column, String padded);
    }

    /** Fitted to {@code width} when there is one; {@code upper}: headers in capitals. */
    public static void print(PrintStream out, List<Column> columns, List<List<String>> rows, OptionalInt width, boolean upper) {
        print(out, columns, rows, width, upper, (r, c, s) -> s);
    }

    /** As above, each data cell coloured by {@code style} after padding (colour takes no columns). */
    public static void print(PrintStream out, List<Column> columns, List<List<String>> rows, OptionalInt width, boolean upper,
                             Style style) {
        int n = columns.size();
        int[] natural = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            natural[c] = columns.get(c).header().length();
            numeric[c] = !rows.isEmpty();
        }
        for (List<String> r : rows) {
            for (int c = 0; c < r.size() && c < n; c++) {
                natural[c] = Math.max(natural[c], r.get(c).length());
                if (!r.get(c).matches("[-–]|\\d+(\\.\\d+)?[%d]?( \\(\\d+\\))?")) numeric[c] = false;
            }
        }
        boolean[] shown = new boolean[n];
        java.util.Arrays.fill(shown, true);
        int[] w = natural.clone();
        List<String> left = new ArrayList<>();
        if (width.isPresent()) {
            while (!fits(w, shown, natural, columns, width.getAsInt())) {
                int drop = -1;
                for (int c = 0; c < n; c++) {
                    if (shown[c] && columns.get(c).drop() > 0 && (drop < 0 || columns.get(c).drop() > columns.get(drop).drop())) drop = c;
                }
                if (drop < 0) break; // nothing more may go: the widest text columns are as narrow as they get
                shown[drop] = false;
                left.add(columns.get(drop).header());
            }
            w = shrink(natural, shown, columns, width.getAsInt());
        }
        List<String> head = new ArrayList<>();
        for (Column col : columns) head.add(upper ? col.header().toUpperCase(Locale.ROOT) : col.header());
        line(out, head, w, shown, numeric, -1, (r, c, x) -> x);
        for (int i = 0; i < rows.size(); i++) line(out, rows.get(i), w, shown, numeric, i, style);
        if (!left.isEmpty()) {
            for (String l : Wrap.lines("(not shown at this width: " + String.join(", ", left) + ")", width.getAsInt(), "")) out.println(l);
        }
    }

    /** Whether the shown columns fit {@code width} once every text column is as narrow as it may be. */
    private static boolean fits(int[] w, boolean[] shown, int[] natural, List<Column> columns, int width) {
        int total = -GAP;
        for (int c = 0; c < w.length; c++) {
            if (!shown[c]) continue;
            int min = columns.get(c).shrink() > 0 ? Math.min(natural[c], columns.get(c).shrink()) : natural[c];
            total += min + GAP;
        }
        return total <= width;
    }

    /** Natural widths, the widest text columns narrowed one column at a time until the row fits. */
    private static int[] shrink(int[] natural, boolean[] shown, List<Column> columns, int width) {
        int[] w = natural.clone();
        while (true) {
            int total = -GAP;
            for (int c = 0; c < w.length; c++) if (shown[c]) total += w[c] + GAP;
            if (total <= width) return w;
            int widest = -1;
            for (int c = 0; c < w.length; c++) {
                int min = columns.get(c).shrink();
                if (shown[c] && min > 0 && w[c] > min && (widest < 0 || w[c] > w[widest])) widest = c;
            }
            if (widest < 0) return w;
            w[widest]--;
        }
    }

    private static void line(PrintStream out, List<String> cells, int[] width, boolean[] shown, boolean[] numeric, int row, Style style) {
        StringBuilder sb = new StringBuilder();
        int last = -1;
        for (int c = 0; c < cells.size() && c < width.length; c++) if (shown[c]) last = c;
        boolean first = true;
        for (int c = 0; c < cells.size() && c < width.length; c++) {
            if (!shown[c]) continue;
            String s = Wrap.cut(cells.get(c), width[c]);
            String pad = " ".repeat(width[c] - s.length());
            if (!first) sb.append(" ".repeat(GAP));
            first = false;
            String padded = numeric[c] ? pad + s : c == last ? s : s + pad;
            sb.append(row < 0 ? padded : style.apply(row, c, padded));
        }
        out.println(stripEnd(sb.toString()));
    }

    /** Trailing spaces go; a trailing colour reset stays with its text. */
    private static String stripEnd(String s) {
        return s.replaceAll(" +$", "");
    }
}
