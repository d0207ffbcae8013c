package dca.notes;

import dca.deck.BasicCard;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

/**
 * A paragraph whose last line is only a command in a code span, under a line saying what it does:
 * "Create and update a stack from a compose file." then {@code `docker stack deploy -c …`} on the
 * next line — the shape of a code caption, written without a fence. The caption asks for the command.
 */
final class CaptionedCommandLine implements Rule {
    private static final int MAX_CAPTION_WORDS = 20;

    @Override
    public String name() {
        return "caption-command-line";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof Paragraph p) || !(p.getLastChild() instanceof Code code)) return Outcome.PASS;
        Node before = code.getPrevious();
        while (before instanceof org.commonmark.node.Text t && t.getLiteral().isBlank()) before = before.getPrevious();
        if (!(before instanceof SoftLineBreak || before instanceof HardLineBreak)) return Outcome.PASS;
        String command = code.getLiteral().strip();
        if (command.startsWith("$ ")) command = command.substring(2).strip();
        if (!CommandWords.isCommand(command)) return Outcome.PASS;
        String text = InlineText.oneLine(InlineText.range(p.getFirstChild(), before)).strip();
        // A caption holding code of its own ("Use `--placement-pref` to …") shows part of what it asks for.
        if (text.isEmpty() || text.contains("`") || Strings.words(text) > MAX_CAPTION_WORDS || Guards.notStudyText(text) != null) {
            return Outcome.PASS;
        }
        String caption = CodeCaption.caption(text);
        if (caption == null || CodeCaption.namesCommand(caption, command) || CodeCaption.givesAway(caption, command)) return Outcome.PASS;
        return x.sink().offerBasic(BasicCard.Origin.COMMAND, caption, command, b.ctx(), b.line(), b.tagged().tags())
                ? Outcome.claimed(1) : Outcome.PASS;
    }
}
