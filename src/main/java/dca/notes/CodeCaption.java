package dca.notes;

import dca.deck.BasicCard;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
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
        if (CodeLines.isCode(b.node()) && b.previous() instanceof ListBlock list) return afterSteps(b, list, x);
        Node next = b.next();
        if (!CodeLines.isCode(next)) return Outcome.PASS;
        String caption;
        if (CodeLines.codeOnly(b.node()) != null) return Outcome.PASS;
        if (b.node() instanceof Paragraph) {
            caption = caption(b.text());
            String where = Strings.stripTrailing(b.text(), " :");
            if (caption == null && LOCATION.matcher(where).matches() && b.heading() != null && task(b.heading()) != null) {
                // "On the master:" under "Add a node": the task, and where to run it.
                caption = task(b.heading()) + " (" + where.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + where.substring(1) + ")";
            }
            if (caption == null && b.heading() != null && b.previous() == b.heading()) caption = task(b.heading());
        } else if (b.node() instanceof Heading h) {
            caption = task(h);
        } else {
            return Outcome.PASS;
        }
        CodeLines code = CodeLines.of(next);
        if (code == null || code.commands().isEmpty()) return Outcome.miss("the code after it is not a shell command");
        if (!code.fewCommands(MAX_COMMANDS)) {
            return Outcome.miss("the code after it is more than " + MAX_COMMANDS + " commands, or does not start with one");
        }
        if (code.commands().stream().filter(c -> !c.comment().isEmpty()).count() >= 2) return Outcome.PASS;
        if (caption == null) return Outcome.miss("the line before the code does not say what it does");
        // "Configs and secrets: secret" over create, ls and inspect names a topic, not one task the commands do.
        if (b.node() instanceof Heading && TOPIC_LABEL.matcher(caption).matches() && code.commands().size() >= 2
                && !HeadingDefinition.isTask(caption.substring(0, caption.indexOf(':')))) {
            return Outcome.miss("\"" + caption + "\" names a topic, not the task of several commands");
        }
        if (Guards.isGenericHeading(caption) || Guards.isGenericTerm(caption)) return Outcome.miss("\"" + caption + "\" says nothing of what the code does");
        if (givesAway(caption, code.joined())) return Outcome.miss("the caption only repeats the command");
        if (namesCommand(caption, code.joined())) return Outcome.miss("the caption names the command it asks for");
        if (SETUP.matcher(caption).find() || pinned(code.joined())) return Outcome.miss("a set-up step with pinned versions, not a fact to recall");
        String why = Guards.notStudyText(caption, 1);
        if (why != null) return Outcome.miss("caption " + why);
        List<String> tags = b.node() instanceof Paragraph ? b.tagged().tags() : List.of();
        return x.sink().offerBasic(BasicCard.Origin.COMMAND, caption, code.joined(), b.ctx(), b.line(), tags)
                ? Outcome.claimed(2) : Outcome.miss("the same command card is already made");
    }

    /**
     * Code right after a list whose last item is a short step ("7. Deploy the stack"): notes often
     * leave the command unindented below the step it belongs to.
     */
    private Outcome afterSteps(Block b, ListBlock list, Extraction x) {
        if (!(list.getLastChild() instanceof ListItem last) || !(last.getFirstChild() instanceof Paragraph p) || p.getNext() != null) {
            return Outcome.PASS;
        }
        String text = InlineText.oneLine(TagParser.split(InlineText.of(p)).text());
        if (text.contains("`") || text.endsWith(".") && Strings.words(text) > 8) return Outcome.PASS;
        // Only a step says what the code below it does: a numbered item, or one that names an action.
        if (!(list instanceof org.commonmark.node.OrderedList) && !HeadingDefinition.isTask(text)) return Outcome.PASS;
        String caption = caption(text);
        if (caption == null || Guards.notStudyText(caption, 1) != null) return Outcome.PASS;
        CodeLines code = CodeLines.of(b.node());
        if (code == null || !code.fewCommands(MAX_COMMANDS)) return Outcome.PASS;
        return x.sink().offerBasic(BasicCard.Origin.COMMAND, caption, code.joined(), b.ctx(), b.line(), List.of())
                ? Outcome.claimed(1) : Outcome.PASS;
    }

    /** The caption as a prompt, or null when it says nothing of its own or is too long to be one. */
    static String caption(String text) {
        // A paragraph of several sentences: the last one introduces the code, else the first says what it does.
        List<Sentence> sentences = Sentence.split(text.strip(), 0);
        if (sentences.isEmpty()) return null;
        String last = one(sentences.get(sentences.size() - 1).text());
        if (last != null || sentences.size() == 1) return last;
        return one(sentences.get(0).text());
    }

    /** What the command does, in the third person: "Shows the ports …", "returns disk usage". */
    private static final Pattern DOES = Pattern.compile(
            "(?i)^(?:returns|shows|lists|creates|removes|deletes|displays|prints|starts|stops|runs|gives|gets|sets|adds|builds|pulls"
                    + "|pushes|tags|saves|loads|exports|imports|inspects|connects|copies|executes|attaches|updates|scales|deploys"
                    + "|initiali[sz]es|joins|leaves|promotes|demotes|enables|disables|checks|opens|restarts|kills|pauses|mounts"
                    + "|publishes|exposes|signs|verifies|reports|fetches|downloads|uploads|generates|configures|installs|cleans|prunes)\\b.*");

    private static String one(String sentence) {
        String t = sentence.strip();
        boolean statement = t.endsWith(".") && !t.endsWith("..");
        boolean colon = t.endsWith(":");
        Matcher to = TO_RUN.matcher(t);
        boolean purpose = to.matches();
        if (purpose) {
            t = capitalise(to.group(1));
        } else if ((to = PURPOSE.matcher(t)).matches()) {
            purpose = true;
            t = capitalise(to.group(1));
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("following") || lower.contains("below") || lower.contains("this") || lower.contains("these")
                || lower.contains("command")) {
            t = FOLLOWING.matcher(t).replaceFirst("");
        }
        if (lower.contains("ex") || lower.contains("e.g") || lower.contains("eg") || lower.contains("i.e")) {
            t = EXAMPLE_MARK.matcher(t).replaceFirst("");
        }
        t = Strings.stripTrailing(t, " \t:,;.");
        if (t.isEmpty() || GENERIC.matcher(t).matches() || t.endsWith("?") && Strings.words(t) < 3) return null;
        if (Strings.words(t) > MAX_CAPTION_WORDS || Strings.words(t) < 2 && !t.contains("`")) return null;
        // "… run the below to …" points at the code instead of saying what it does.
        if (DEICTIC.matcher(t).find()) return null;
        // A statement ending in a full stop is a fact about something, not a caption, unless it says what to do.
        if (!purpose && !HeadingDefinition.isTask(t) && !DOES.matcher(t).matches() && !CAN.matcher(t).matches()
                && !(colon && !statement && !t.contains(". ") && !COPULA.matcher(t).find()) && !t.endsWith("?")) {
            return null;
        }
        if (LOCATION.matcher(t).matches() || DANGLING.matcher(t).matches()) return null;
        if (isCommand(t)) return null;
        return t;
    }

    /** "To see the service logs", "If you want to list the stacks, …": the purpose is the task. */
    private static final Pattern PURPOSE = Pattern.compile(
            "(?i)^(?:to|if you (?:wish|want|need) to|in order to|when you (?:want|need) to)\\s+([^,]+?)(?:,.*|\\s+you\\s+(?:can|could|should|must|need|have).*)?[:.]?$");

    /** "You can see X via:", "Logs can be read with:": a capability introducing the command. */
    private static final Pattern CAN = Pattern.compile("(?i)^(?:you\\s+)?(?:can|could|may|should|must|need to)\\b.*|.*\\bcan be\\b.*");
    /** "X is not Y:" states something; a caption says what to do. */
    private static final Pattern COPULA = Pattern.compile("(?i)\\b(?:is|are|was|were|isn't|aren't)\\b");
    /** "On the master", "In UCP": where, not what. */
    private static final Pattern LOCATION = Pattern.compile("(?i)^(?:on|in|from|at|inside|within)\\s+(?:the\\s+)?\\S+(?:\\s+\\S+)?$");
    /** A caption cut off before its object: "Access with", "Run it using". */
    private static final Pattern DANGLING = Pattern.compile("(?i).*\\b(?:with|via|using|by|from|to|on|in|as|for)$");

    private static final Pattern DEICTIC = Pattern.compile(
            "(?i)\\b(?:below|following|above|like so|as shown|shown here|this command|these commands|this code|this snippet)\\b");

    /** "Heading: subheading", the label a one-word heading takes from the heading above it ("Install Docker: ubuntu" stays a task). */
    private static final Pattern TOPIC_LABEL = Pattern.compile("[^:]+:\\s*[\\p{L}\\p{N}_-]+");

    /** A heading that names a task ("Inspect a volume", "Checking that Docker is running"), or null. */
    static String task(Heading h) {
        String t = HeadingDefinition.headingText(h);
        if (t.isEmpty() || GENERIC.matcher(t).matches() || Guards.isGenericHeading(t) || Strings.words(t) > 10) return null;
        if (Strings.words(t) < 2 && !t.contains("`")) {
            // One word ("Unlock", "logs") says what only with the heading above it: "Autolock: unlock".
            String above = parentHeading(h);
            if (above == null || CommandWords.isCommand(t)) return null;
            return above + ": " + t.toLowerCase(java.util.Locale.ROOT);
        }
        if (isCommand(t)) return null;
        return t;
    }

    /** The text of the nearest heading of a higher level before {@code h}, or null. */
    private static String parentHeading(Heading h) {
        for (Node n = h.getPrevious(); n != null; n = n.getPrevious()) {
            if (n instanceof Heading p && p.getLevel() < h.getLevel()) {
                String t = Strings.stripTrailing(TagParser.split(InlineText.oneLine(InlineText.of(p))).text(), " \t:");
                return t.isEmpty() || Guards.isGenericHeading(t) ? null : t;
            }
        }
        return null;
    }

    /** "Stop it using `docker stop`", "Use `-v` to see more": code in the caption that is in the answer gives it away. */
    static boolean namesCommand(String caption, String commands) {
        java.util.regex.Matcher m = INLINE_CODE.matcher(caption);
        String c = " " + commands.replace('\n', ' ') + " ";
        while (m.find()) {
            String code = m.group(1).strip();
            if (code.length() >= 2 && c.contains(" " + code + " ") || code.length() >= 2 && c.contains(" " + code + "\n")) return true;
            if (CommandWords.isCommand(code) && c.contains(" " + code)) return true;
        }
        return false;
    }

    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    /** Captions of a machine's set-up rather than of Docker: prerequisites, repository keys. */
    private static final Pattern SETUP = Pattern.compile("(?i)\\bpre-?req(?:uisite)?s?\\b|\\bprerequisites?\\b");
    /** "docker-ee=5:18.09.4~3-0~ubuntu-bionic", "docker-ce-18.09.5": a package pinned to one old version. */
    private static final Pattern PINNED = Pattern.compile("\\b[a-z][a-z0-9.-]*(?:=|-)\\d+(?::\\d+)?\\.\\d+\\.\\d+[~\\w.-]*");

    private static boolean pinned(String commands) {
        return PINNED.matcher(commands).find() && (commands.contains("apt") || commands.contains("yum") || commands.contains("dnf"));
    }

    /** True when every word of the prompt is in the command ("image build" over `docker image build …`). */
    static boolean givesAway(String prompt, String command) {
        java.util.Set<String> c = new java.util.HashSet<>(java.util.Arrays.asList(
                command.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}-]+")));
        for (String w : prompt.toLowerCase(java.util.Locale.ROOT).replace("`", "").split("[^\\p{L}\\p{N}-]+")) {
            if (!w.isEmpty() && !c.contains(w)) return false;
        }
        return true;
    }

    /**
     * A command label as a prompt: "To view the logs, enter" → "View the logs", "Create a container. Ex" →
     * "Create a container"; other labels as written.
     */
    static String label(String text) {
        String t = EXAMPLE_MARK.matcher(text).replaceFirst("").strip();
        Matcher to = TO_RUN.matcher(t);
        if (to.matches()) return capitalise(to.group(1).strip());
        Matcher purpose = PURPOSE.matcher(t);
        if (purpose.matches() && t.regionMatches(true, 0, "to ", 0, 3) && t.contains(",")) return capitalise(purpose.group(1).strip());
        return t.isEmpty() ? text : t;
    }

    /** A caption that is itself a command ("`docker ps`", "docker run --privileged") says nothing about it. */
    private static boolean isCommand(String caption) {
        String t = caption.strip();
        boolean quoted = t.startsWith("`") && t.endsWith("`");
        return (quoted || t.startsWith("docker ") || t.startsWith("sudo ")) && CommandWords.isCommand(t.replace("`", ""));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
