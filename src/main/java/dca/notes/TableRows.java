package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * A table's header and body rows as plain cell text, from a GFM table or an HTML {@code <table>}.
 * A {@code |} inside inline code splits a GFM cell; the pieces are joined back, so
 * {@code `docker ps | grep web`} stays one cell.
 */
record TableRows(List<String> header, List<List<String>> rows, List<Integer> lines) {
    private static final Pattern ROW = Pattern.compile("(?is)<tr[^>]*>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("(?is)<t([dh])[^>]*>(.*?)</t[dh]>");
    private static final Pattern CODE = Pattern.compile("(?is)<code[^>]*>(.*?)</code>");

    /** The rows of a GFM table or an HTML table block, or null for any other node. */
    static TableRows of(Node n, Extraction x) {
        if (n instanceof TableBlock) return gfm(n, x);
        if (n instanceof HtmlBlock h && h.getLiteral().regionMatches(true, 0, "<table", 0, 6)) return html(h);
        return null;
    }

    private static TableRows gfm(Node table, Extraction x) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) cells.add(InlineText.oneLine(InlineText.of(cell)));
                }
                cells = rejoinCode(cells);
                if (part instanceof TableBody && !header.isEmpty() && cells.size() < header.size()) {
                    // A | inside code split the row and the parser dropped the cells past the header's count.
                    List<String> raw = splitRaw(x.line(InlineText.line(row)));
                    if (raw.size() == header.size()) cells = raw;
                }
                if (part instanceof TableHead) {
                    header = cells;
                } else if (part instanceof TableBody) {
                    rows.add(cells);
                    lines.add(InlineText.line(row));
                }
            }
        }
        return new TableRows(header, rows, lines);
    }

    /** A table row as written, split at the pipes outside inline code ({@code \|} is a pipe in a cell). */
    static List<String> splitRaw(String row) {
        String r = row.strip();
        if (r.startsWith("|")) r = r.substring(1);
        if (r.endsWith("|") && !r.endsWith("\\|")) r = r.substring(0, r.length() - 1);
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length() && r.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '`') {
                code = !code;
                cell.append(c);
            } else if (c == '|' && !code) {
                out.add(InlineText.tidy(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(InlineText.tidy(cell.toString()));
        return out;
    }

    /** Joins cells that a {@code |} inside code split apart. */
    static List<String> rejoinCode(List<String> cells) {
        List<String> out = new ArrayList<>();
        StringBuilder open = null;
        for (String c : cells) {
            if (open != null) {
                open.append(" | ").append(c);
                if (ticks(c) % 2 == 1) {
                    out.add(open.toString());
                    open = null;
                }
            } else if (ticks(c) % 2 == 1) {
                open = new StringBuilder(c);
            } else {
                out.add(c);
            }
        }
        if (open != null) out.add(open.toString());
        return out;
    }

    private static int ticks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '`') n++;
        return n;
    }

    private static TableRows html(HtmlBlock h) {
        String literal = h.getLiteral();
        int first = InlineText.line(h);
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Matcher row = ROW.matcher(literal);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            boolean heads = true;
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                heads &= cell.group(1).equalsIgnoreCase("h");
                String inner = CODE.matcher(cell.group(2)).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1).strip() + "`"));
                cells.add(InlineText.oneLine(DetailsSyntax.plain(inner)));
            }
            if (cells.isEmpty()) continue;
            if (heads && rows.isEmpty() && header.isEmpty()) {
                header = cells;
            } else {
                rows.add(cells);
                lines.add(first + count(literal, row.start(1)));
            }
        }
        return new TableRows(header, rows, lines);
    }

    private static int count(String s, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) if (s.charAt(i) == '\n') n++;
        // The first cell sits on the row's next line when the row tag is alone on its line.
        return n;
    }

    int columns() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
