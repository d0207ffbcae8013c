package dca.notes;

import dca.deck.BasicCard;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * A caption (a line, bold or plain, with or without a colon) or a heading naming a task, followed
 * by a code block of one to four commands: a command card asking for them. Output after
 * {@code $ } prompts is left out. A caption that says nothing of its own ("Example:", "Run the
 * following") lends the task to the heading above it, if that names one.
 */
final class CodeCaption implements Rule {
    static final int MAX_COMMANDS = 4;
    private static final int MAX_CAPTION_WORDS = 20;
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)^\\W*(?:for\\s+)?(?:an?\\s+)?(?:example|examples|e\\.?g\\.?|ex|output|result|results|sample|syntax|usage|command|commands"
                    + "|code|run|running|run this|run it|try it|like this|as follows|the following|below|then|next|and|or|steps?"
                    + "|solution|answer|note|notes|demo|lab|snippet|script)\\W*$");
    /** "To enable X, run the following command:" → "Enable X". */
    private static final Pattern TO_RUN = Pattern.compile(
            "(?i)^to\\s+(.+?),?\\s+(?:(?:you\\s+)?(?:can\\s+|need\\s+to\\s+|should\\s+|must\\s+)?(?:run|use|enter|type|execute|issue))\\b.*$");
    private static final Pattern FOLLOWING = Pattern.compile(
            "(?i)[,\\s]*(?:(?:by\\s+)?(?:run(?:ning)?|us(?:e|ing)|enter(?:ing)?|typ(?:e|ing)|execut(?:e|ing)|with|issue)\\s+)?"
                    + "(?:the\\s+)?(?:following|below|this|these|command|commands)(?:\\s+(?:command|commands|code))?(?:\\s+(?:below|as follows))?[:.]*$");
    private static final Pattern EXAMPLE_MARK = Pattern.compile("(?i)[\\s.,;(]*(?:ex|eg|e\\.g|example|for example|i\\.e)[.:)]*$");

    @Override
    public String name() {
        return "code-caption";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        Node next = b.next();
        if (!CodeLines.isCode(next)) return Outcome.PASS;
        String caption;
        if (b.node() instanceof Paragraph) {
            caption = caption(b.text());
            if (caption == null && b.heading() != null && b.previous() == b.heading()) caption = task(b.heading());
        } else if (b.node() instanceof Heading h) {
            caption = task(h);
        } else {
            return Outcome.PASS;
        }
        CodeLines code = CodeLines.of(next);
        if (code == null || code.commands().isEmpty()) return Outcome.miss("the code after it is not a shell command");
        if (!code.onlyCommands(MAX_COMMANDS)) {
            return Outcome.miss("the code after it is more than " + MAX_COMMANDS + " commands, or not only commands");
        }
        if (code.commands().size() >= 2 && code.commands().stream().allMatch(c -> !c.comment().isEmpty())) return Outcome.PASS;
        if (caption == null) return Outcome.miss("the line before the code does not say what it does");
        String why = Guards.notStudyText(caption);
        if (why != null) return Outcome.miss("caption " + why);
        List<String> tags = b.node() instanceof Paragraph ? b.tagged().tags() : List.of();
        return x.sink().offerBasic(BasicCard.Origin.COMMAND, caption, code.joined(), b.ctx(), b.line(), tags)
                ? Outcome.claimed(2) : Outcome.miss("the same command card is already made");
    }

    /** The caption as a prompt, or null when it says nothing of its own or is too long to be one. */
    static String caption(String text) {
        String t = text.strip();
        // A paragraph of several sentences: the last one introduces the code.
        List<Sentence> sentences = Sentence.split(t, 0);
        if (sentences.size() > 1) t = sentences.get(sentences.size() - 1).text();
        Matcher to = TO_RUN.matcher(t);
        if (to.matches()) t = capitalise(to.group(1));
        t = FOLLOWING.matcher(t).replaceFirst("");
        t = EXAMPLE_MARK.matcher(t).replaceFirst("");
        t = Strings.stripTrailing(t, " \t:,;");
        if (t.isEmpty() || GENERIC.matcher(t).matches() || t.endsWith("?") && Strings.words(t) < 3) return null;
        if (Strings.words(t) > MAX_CAPTION_WORDS || Strings.words(t) < 2 && !t.contains("`")) return null;
        return t;
    }

    /** A heading that names a task ("Inspect a volume", "Checking that Docker is running"), or null. */
    static String task(Heading h) {
        String t = TagParser.split(InlineText.oneLine(InlineText.of(h))).text();
        t = Strings.stripTrailing(t, " \t:");
        if (t.isEmpty() || GENERIC.matcher(t).matches() || Guards.isGenericHeading(t) || Strings.words(t) > 10) return null;
        if (Strings.words(t) < 2 && !t.contains("`") && !t.contains(" ")) return null;
        return t;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
