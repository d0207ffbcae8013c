package dca.cli.text;

import java.io.PrintStream;
import java.util.List;

/** A plain text table: columns padded to their widest cell, numbers right-aligned. */
public final class Table {
    private Table() {}

    public static void print(PrintStream out, List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = header.get(c).length();
            numeric[c] = !rows.isEmpty();
        }
        for (List<String> r : rows) {
            for (int c = 0; c < r.size() && c < width.length; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
                if (!r.get(c).matches("-|\\d+%?")) numeric[c] = false;
            }
        }
        line(out, header.stream().map(h -> h.toUpperCase(java.util.Locale.ROOT)).toList(), width, numeric);
        for (List<String> r : rows) line(out, r, width, numeric);
    }

    private static void line(PrintStream out, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size() && c < width.length; c++) {
            String s = cells.get(c);
            String pad = " ".repeat(width[c] - s.length());
            if (c > 0) sb.append("  ");
            sb.append(numeric[c] ? pad + s : c == cells.size() - 1 ? s : s + pad);
        }
        out.println(sb.toString().stripTrailing());
    }
}
