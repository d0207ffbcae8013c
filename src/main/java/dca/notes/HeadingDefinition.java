package dca.notes;

import dca.deck.BasicCard;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;

/**
 * A heading naming a term or asking a question, followed by one short paragraph: a definition
 * card, the heading as prompt and the paragraph as answer. Headings that only organise notes
 * ("Overview", "Notes", "The deep dive") or name a task ("Create a volume") are not terms.
 */
final class HeadingDefinition implements Rule {
    static final int MAX_TERM_WORDS = 6;
    private static final int MAX_SENTENCES = 2;
    private static final int MAX_WORDS = 50;
    /** A heading that starts with a verb names a task, not a term. */
    private static final Pattern TASK = Pattern.compile(
            "(?i)^(?:how to|how do|create|remove|delete|inspect|list|run|start|stop|build|push|pull|add|enable|disable"
                    + "|configure|install|uninstall|set|setup|use|using|check|get|show|update|upgrade|deploy|scale|join|leave|init"
                    + "|initiali[sz]e|tag|login|log in|save|load|export|import|attach|exec|copy|connect|disconnect|prune|clean|rename"
                    + "|restart|pause|kill|mount|publish|expose|sign|verify|backup|back up|restore|troubleshoot|monitor|find|view|test"
                    + "|define|describe|identify|demonstrate|understand|outline|compare|summari[sz]e|state|explain|know|audit|drop"
                    + "|change|modify|edit|move|apply|assign|allow|block|limit|map|bind|open|close|read|write|print|display|fetch"
                    + "|download|upload|generate|make|reset|rotate|revoke|grant|trust|scan|encrypt|decrypt|lock|unlock|access|bring"
                    + "|tear|spin|launch|execute|open|free|reclaim|purge|wipe|follow|tail|watch|convert|squash|flatten|commit|diff"
                    + "|pin|label|promote|demote|drain|activate|register|authenticate|authori[sz]e|specify|provide|override|turn|put)\\b.*");

    @Override
    public String name() {
        return "heading-definition";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof Paragraph) || b.heading() == null || b.previous() != b.heading()) return Outcome.PASS;
        if (CodeLines.codeOnly(b.node()) != null) return Outcome.PASS;
        String term = term(b.heading());
        if (term == null) return Outcome.PASS;
        // The paragraph under "A vs B" is usually about A alone: the difference card asks the comparison.
        if (Difference.compares(term)) return Outcome.miss("a comparison; its first paragraph answers only one side");
        String text = b.text();
        if (text.endsWith(":")) return Outcome.PASS;
        if (INTRO.matcher(text).matches()) return Outcome.miss("introduces what follows, not a definition");
        String bullets = pseudoBullets(b.tagged().text());
        if (bullets != null) {
            return x.sink().offerBasic(BasicCard.Origin.TERM, term, bullets, b.ctx().parent(), b.line(), b.tagged().tags())
                    ? Outcome.claimed(1) : Outcome.PASS;
        }
        List<Sentence> sentences = Sentence.split(InlineText.marked(b.node()), b.line());
        if (sentences.size() > MAX_SENTENCES || Strings.words(text) > MAX_WORDS) {
            return Outcome.miss("the paragraph under \"" + term + "\" is too long for a definition");
        }
        String why = Guards.notStudyText(sentences.get(0).text());
        if (why != null) return Outcome.miss(why);
        if (NOT_THE_WAY.matcher(text).lookingAt()) return Outcome.miss("says what not to do, not what it is");
        if (InlineText.isLinkOnly(b.node())) return Outcome.PASS;
        return x.sink().offerBasic(BasicCard.Origin.TERM, term, text, b.ctx().parent(), b.line(), b.tagged().tags())
                ? Outcome.claimed(1) : Outcome.PASS;
    }

    /** "This is not the recommended way.": a remark about the section, not a definition of its heading. */
    private static final Pattern NOT_THE_WAY = Pattern.compile(
            "(?i)(?:this|it|that)(?:'s| is| was)\\s+(?:not|n't|no longer)\\b|(?:not|never) (?:recommended|supported|advised)\\b");
    private static final Pattern INTRO = Pattern.compile("(?i)^(?:there (?:is|are)|here (?:is|are)|below|the following|this (?:page|section|file|chapter)|in this)\\b.*");
    /** A term does not start with a verb: "Has a single purpose" is a clause about something else. */
    private static final Pattern VERB_FIRST = Pattern.compile(
            "(?i)^(?:has|have|is|are|was|were|can|cannot|will|does|do|allows?|lets?|makes?|provides?|uses?|runs?|creates?|supports?"
                    + "|requires?|needs?|gives?|helps?|manages?|keeps?|sends?|stores?|works?|means|takes?|gets?|becomes?|contains?)\\b.*");

    /** A noun phrase that can be asked about, not a clause or an organising word. */
    static boolean isTerm(String text) {
        return !VERB_FIRST.matcher(text).matches() && !isPlainTask(text) && !Guards.isGenericHeading(text);
    }

    private static final Pattern BULLET_LINE = Pattern.compile("^[*+\\-•]\\s+\\S.*");
    private static final int MAX_BULLETS = 6;

    /**
     * A line followed by lines that start with bullet markers but were read as one paragraph (the
     * bullets were indented too far): the line and its would-be bullets as an answer, else null.
     */
    static String pseudoBullets(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 2 || lines.length > MAX_BULLETS + 1 || BULLET_LINE.matcher(lines[0].strip()).matches()) return null;
        StringBuilder sb = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!BULLET_LINE.matcher(l).matches() || Strings.words(l) > MAX_WORDS / 2) return null;
            sb.append("\n- ").append(l.substring(1).strip());
        }
        return Strings.words(sb.toString()) <= MAX_WORDS * 2 ? sb.toString() : null;
    }

    /** A gerund that acts on something: "Checking that …", "Running a container"; "Routing mesh" is a term. */
    private static final Pattern GERUND_TASK = Pattern.compile(
            "(?i)^\\w+ing\\s+(?:a|an|the|that|your|this|these|those|up|down|out|it|them|with|to|from|multiple|new|all|docker"
                    + "|containers?|images?|volumes?|services?|nodes?|networks?)\\b.*");
    private static final Pattern NOT_GERUND = Pattern.compile("(?i)(?:string|thing|nothing|something|anything|everything|spring|king|ring)\\b");
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}`.\\-(\\[]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*[.)]?\\s+");
    static final Pattern LEADING_NUMBER_PATTERN = LEADING_NUMBER;
    private static final Pattern GERUND = Pattern.compile("(?i)^\\w{3,}ing\\b.*");

    /** A line that names a task: an imperative or a gerund ("Create a volume", "Cleaning up"). */
    static boolean isTask(String text) {
        if (capitalWord(text)) return false;
        return TASK.matcher(text).matches() || GERUND.matcher(text).matches() && !NOT_GERUND.matcher(text).lookingAt();
    }

    /** "EXPOSE", "RUN 8080": a first word in capitals names an instruction or a term, never an imperative. */
    private static boolean capitalWord(String text) {
        String first = Strings.firstWord(text.strip());
        int letters = 0;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /** A task for sure, even as a term: an imperative, or a gerund with an object ("Running a container"). */
    static boolean isPlainTask(String text) {
        if (capitalWord(text)) return false;
        return TASK.matcher(text).matches() || GERUND_TASK.matcher(text).matches();
    }

    /** A heading as a prompt: tags, a leading number ("2.1") and leading emoji or symbols removed. */
    static String headingText(Heading h) {
        String t = Strings.stripTrailing(TagParser.split(InlineText.oneLine(InlineText.of(h))).text(), " \t:");
        t = LEADING_SYMBOLS.matcher(t).replaceFirst("");
        return LEADING_NUMBER.matcher(t).replaceFirst("").strip();
    }

    /** The heading as a term or question, or null when it names neither. */
    static String term(Heading h) {
        String t = headingText(h);
        if (t.isEmpty() || Guards.isGenericHeading(t) || Guards.isSkippedHeading(t)) return null;
        if (t.endsWith("?")) return Strings.words(t) >= 2 ? t : null;
        if (Strings.words(t) > MAX_TERM_WORDS || !isTerm(t)) return null;
        if (!t.codePoints().anyMatch(Character::isLetter)) return null;
        return t;
    }
}
