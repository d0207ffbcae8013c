package dca.notes;

import dca.deck.BasicCard;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code term :: definition} lines; {@code term ::: definition} makes both directions. */
final class DefinitionSyntax implements Rule {
    private static final Pattern LINE = Pattern.compile("^(.*?)\\s*(?<![:])(:::?)(?![:])\\s*(.*)$");

    @Override
    public String name() {
        return "definition";
    }

    @Override
    public boolean implicit() {
        return false;
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof org.commonmark.node.Paragraph)) return Outcome.PASS;
        return read(b.tagged(), b.ctx(), b.line(), x.sink()) ? Outcome.claimed(1) : Outcome.PASS;
    }

    static boolean read(TagParser.Tagged tagged, Breadcrumbs ctx, int line, CardSink sink) {
        String[] lines = tagged.text().split("\n");
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!l.contains(" ::") && !l.startsWith("::")) continue;
            Matcher m = LINE.matcher(l);
            if (!m.matches()) continue;
            String term = m.group(1).strip();
            String def = m.group(3).strip();
            if (term.isEmpty() && def.isEmpty()) continue;
            any = true;
            if (m.group(2).equals(":::")) {
                sink.twoWay(term, def, ctx, line + i, tagged.tags());
            } else {
                sink.basic(BasicCard.Origin.TERM, term, def, ctx, line + i, tagged.tags());
            }
        }
        return any;
    }
}
