package dca.notes;

import dca.deck.BasicCard;
import java.util.List;

/** A GFM table with a column of commands and a column describing them: one command card per row. */
final class CommandTable implements Rule {
    @Override
    public String name() {
        return "command-table";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        TableRows t = TableRows.of(b.node(), x);
        if (t == null) return Outcome.PASS;
        return read(t, b.ctx(), x.sink(), b.node() instanceof org.commonmark.ext.gfm.tables.TableBlock)
                ? Outcome.claimed(1) : Outcome.miss("no column of commands beside a column describing them");
    }

    /** One card per row of a command/description table; true when the table has both columns. */
    static boolean read(TableRows t, Breadcrumbs ctx, CardSink sink, boolean strict) {
        List<List<String>> rows = t.rows();
        List<Integer> lines = t.lines();
        if (rows.isEmpty()) return false;
        int columns = t.columns();
        int commandColumn = -1;
        for (int c = 0; c < columns && commandColumn < 0; c++) {
            int commands = 0;
            for (List<String> r : rows) if (c < r.size() && isCommand(r.get(c))) commands++;
            if (commands > 0 && commands * 2 >= rows.size()) commandColumn = c;
        }
        if (commandColumn < 0) return false;
        int descriptionColumn = -1;
        for (int c = 0; c < columns && descriptionColumn < 0; c++) {
            if (c == commandColumn) continue;
            int texts = 0;
            for (List<String> r : rows) if (c < r.size() && isDescription(r.get(c))) texts++;
            if (texts * 2 >= rows.size()) descriptionColumn = c;
        }
        if (descriptionColumn < 0) return false;
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (commandColumn >= r.size() || descriptionColumn >= r.size()) continue;
            String command = unquote(r.get(commandColumn));
            TagParser.Tagged description = TagParser.split(r.get(descriptionColumn));
            if (command.isEmpty() || description.text().isEmpty()) continue;
            if (strict) {
                sink.basic(BasicCard.Origin.TABLE, description.text(), command, ctx, lines.get(i), description.tags());
            } else {
                sink.offerBasic(BasicCard.Origin.TABLE, description.text(), command, ctx, lines.get(i), description.tags());
            }
        }
        return true;
    }

    private static boolean isDescription(String cell) {
        return !cell.isBlank() && !isCommand(cell) && cell.codePoints().anyMatch(Character::isLetter) && !cell.strip().startsWith("`");
    }

    static boolean isCommand(String cell) {
        String t = cell.strip();
        // Without backticks only a lowercase program name counts: "Docker CLI, images" is prose.
        return t.startsWith("`") && t.endsWith("`") && t.length() > 2 && CommandWords.isCommand(unquote(t))
                || CommandWords.isCommand(t) && t.contains(" ") && Character.isLowerCase(t.charAt(0));
    }

    /** The command without its backticks; a cell of several code spans ("`a` or `b`") keeps them. */
    static String unquote(String cell) {
        String t = cell.strip();
        if (t.length() >= 2 && t.startsWith("`") && t.endsWith("`") && t.indexOf('`', 1) == t.length() - 1) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
