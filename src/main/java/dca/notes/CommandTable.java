package dca.notes;

import dca.deck.BasicCard;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/** A GFM table with a column of commands and a column describing them: one command card per row. */
final class CommandTable implements Rule {
    @Override
    public String name() {
        return "command-table";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof org.commonmark.ext.gfm.tables.TableBlock)) return Outcome.PASS;
        read(b.node(), b.ctx(), x.sink());
        return Outcome.claimed(1);
    }

    static void read(Node table, Breadcrumbs ctx, CardSink sink) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (!(part instanceof TableBody)) continue;
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) cells.add(InlineText.oneLine(InlineText.of(cell)));
                }
                rows.add(cells);
                lines.add(InlineText.line(row));
            }
        }
        if (rows.isEmpty()) return;
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int commandColumn = -1;
        for (int c = 0; c < columns && commandColumn < 0; c++) {
            int commands = 0;
            for (List<String> r : rows) if (c < r.size() && isCommand(r.get(c))) commands++;
            if (commands > 0 && commands * 2 >= rows.size()) commandColumn = c;
        }
        if (commandColumn < 0) return;
        int descriptionColumn = -1;
        for (int c = 0; c < columns && descriptionColumn < 0; c++) {
            if (c == commandColumn) continue;
            int texts = 0;
            for (List<String> r : rows) if (c < r.size() && !r.get(c).isBlank() && !isCommand(r.get(c))) texts++;
            if (texts * 2 >= rows.size()) descriptionColumn = c;
        }
        if (descriptionColumn < 0) return;
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (commandColumn >= r.size() || descriptionColumn >= r.size()) continue;
            String command = unquote(r.get(commandColumn));
            TagParser.Tagged description = TagParser.split(r.get(descriptionColumn));
            if (command.isEmpty() || description.text().isEmpty()) continue;
            sink.basic(BasicCard.Origin.TABLE, description.text(), command, ctx, lines.get(i), description.tags());
        }
    }

    private static boolean isCommand(String cell) {
        String t = cell.strip();
        return t.startsWith("`") && t.endsWith("`") && t.length() > 2 && CommandWords.isCommand(unquote(t))
                || CommandWords.isCommand(t) && t.contains(" ");
    }

    private static String unquote(String cell) {
        String t = cell.strip();
        if (t.length() >= 2 && t.startsWith("`") && t.endsWith("`")) t = t.substring(1, t.length() - 1).strip();
        return t;
    }
}
