package dca.notes;

import dca.deck.BasicCard;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code Label: `docker …`} or {@code Label - `docker …`}: prompt the label, answer the command verbatim. */
final class CommandSyntax {
    private static final Pattern LABELLED = Pattern.compile("^([^`\\n]{1,80}?)\\s*(?::|\\s[-–—]|^[-–—])\\s*`([^`\\n]+)`[\\s.;]*$");

    private CommandSyntax() {}

    static boolean read(TagParser.Tagged tagged, Breadcrumbs ctx, int line, CardSink sink) {
        String text = InlineText.oneLine(tagged.text());
        if (text.indexOf('`') < 0) return false;
        Matcher m = LABELLED.matcher(text);
        if (!m.matches()) return false;
        String label = m.group(1).strip();
        String code = m.group(2).strip();
        if (label.isEmpty() || Guards.words(label) > 8 || !CommandWords.isCommand(code)) return false;
        if (code.startsWith("$ ")) code = code.substring(2).strip();
        sink.basic(BasicCard.Origin.COMMAND, label, code, ctx, line, tagged.tags());
        return true;
    }
}
