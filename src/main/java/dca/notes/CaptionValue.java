package dca.notes;

import dca.deck.BasicCard;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * A caption ending in a colon over a code block of one line that is no command: a path, a name's
 * pattern, a setting ("Files default location is:" then {@code /etc/docker/daemon.json}). The
 * caption asks for the line. Commands are {@link CodeCaption}'s; longer code is an example, not a
 * value to recall.
 */
final class CaptionValue implements Rule {
    private static final int MAX_CAPTION_WORDS = 15;
    private static final int MAX_VALUE_CHARS = 100;
    private static final int SHORT_CAPTION_WORDS = 4;
    /** "Example:", "Output:", "Run:": the caption says nothing the line could answer. */
    private static final Pattern EMPTY_CAPTION = Pattern.compile(
            "(?i)\\W*(?:for\\s+)?(?:an?\\s+)?(?:example|examples|e\\.?g|output|result|sample|syntax|usage|run|code|snippet|like this"
                    + "|as follows|the following|below|here|e\\.g\\.)\\W*");

    @Override
    public String name() {
        return "caption-value";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof Paragraph p) || InlineText.isLinkOnly(p)) return Outcome.PASS;
        Node next = b.next();
        String raw = next instanceof FencedCodeBlock f ? f.getLiteral() : next instanceof IndentedCodeBlock c ? c.getLiteral() : null;
        if (raw == null) return Outcome.PASS;
        String caption = b.text().strip();
        if (!caption.endsWith(":") || Strings.words(caption) > MAX_CAPTION_WORDS || EMPTY_CAPTION.matcher(caption).matches()) {
            return Outcome.PASS;
        }
        List<String> lines = raw.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() != 1) return Outcome.PASS;
        String value = lines.get(0);
        if (value.length() > MAX_VALUE_CHARS || value.startsWith("#") || value.startsWith("$") || CommandWords.isCommand(value)) {
            return Outcome.PASS;
        }
        // "Change the start line of the unit:": a step to do, which is no value to recall.
        if (Guards.notStudyText(caption) != null || ListPrompts.walkthrough(caption) || HeadingDefinition.isTask(Strings.stripColon(caption))) {
            return Outcome.PASS;
        }
        String prompt = ListPrompts.prompt(caption, b.ctx());
        // "Located at:" under "daemon.json": a short caption leans on its heading for what it is about.
        List<String> path = b.ctx().path();
        if (prompt != null && prompt.equals(Strings.stripColon(caption)) && Strings.words(caption) <= SHORT_CAPTION_WORDS && path.size() >= 2) {
            String heading = path.get(path.size() - 1);
            if (!Guards.isGenericHeading(heading) && !caption.toLowerCase(java.util.Locale.ROOT).contains(heading.toLowerCase(java.util.Locale.ROOT))) {
                prompt = heading + ": " + Character.toLowerCase(prompt.charAt(0)) + prompt.substring(1);
            }
        }
        if (prompt == null) return Outcome.miss("the caption says nothing the line under it could answer");
        return x.sink().offerBasic(BasicCard.Origin.TERM, prompt, value, b.ctx(), b.line(), b.tagged().tags())
                ? Outcome.claimed(2) : Outcome.PASS;
    }
}
