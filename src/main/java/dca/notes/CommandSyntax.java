package dca.notes;

import dca.deck.BasicCard;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code Label: `docker …`} or {@code Label - `docker …`}: prompt the label, answer the command verbatim. */
final class CommandSyntax implements Rule {
    private static final Pattern LABELLED = Pattern.compile("^([^`\\n]{1,80}?)\\s*(?::|\\s[-–—]|^[-–—])\\s*`([^`\\n]+)`[\\s.;]*$");

    @Override
    public String name() {
        return "command-label";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof org.commonmark.node.Paragraph)) return Outcome.PASS;
        return read(b.tagged(), b.ctx(), b.line(), x.sink()) ? Outcome.claimed(1) : Outcome.PASS;
    }

    static boolean read(TagParser.Tagged tagged, Breadcrumbs ctx, int line, CardSink sink) {
        String text = InlineText.oneLine(tagged.text());
        if (text.indexOf('`') < 0) return false;
        Matcher m = LABELLED.matcher(text);
        if (!m.matches()) return false;
        String label = CodeCaption.label(m.group(1).strip());
        String code = m.group(2).strip();
        if (label.isEmpty() || Guards.words(label) > 8 || !CommandWords.isCommand(code) || Guards.isQuiz(label)) return false;
        if (code.startsWith("$ ")) code = code.substring(2).strip();
        sink.basic(BasicCard.Origin.COMMAND, label, code, ctx, line, tagged.tags());
        return true;
    }
}
