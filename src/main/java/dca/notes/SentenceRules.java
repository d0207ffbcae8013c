package dca.notes;

import java.util.List;
import org.commonmark.node.Paragraph;

/**
 * The paragraph-level rule that cuts a paragraph or bullet into sentences and offers each to the
 * sentence rules, in order: an inline enumeration, a command in a sentence, a definition
 * sentence, a fact with a specific token. Sentences that are not study text (first-person
 * narration, exam logistics, pointers elsewhere) make nothing.
 */
final class SentenceRules implements Rule {
    static final List<SentenceRule> ORDER = List.of(
            new InlineList(), new DifferenceSentence(), new CommandSentence(), new SentenceDefinition(), new TermFragment(), new FactCloze(),
            new Statement());
    /** Makes its card beside whatever the sentence's own rule made. */
    private static final SentenceRule ABBREVIATION = new Abbreviation();
    /** "Note:", "**Important for the exam**:", "HINT." before a sentence: a label, not part of the fact. */
    private static final java.util.regex.Pattern REMARK = java.util.regex.Pattern.compile(
            "(?i)^[\\uE000\\uE001]*(?:note|nb|tip|hint|important|warning|caution|remember|reminder|fyi|info|attention)"
                    + "(?:\\s+(?:for|on)\\s+(?:the\\s+)?exam)?[\\uE000\\uE001]*\\s*[:.!-]+[\\uE000\\uE001]*\\s+");

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof Paragraph p)) return Outcome.PASS;
        TagParser.Tagged marked = TagParser.split(InlineText.marked(p));
        boolean made = false;
        Outcome.Miss miss = null;
        String missRule = null;
        // A paragraph that is only a link (its text is a title) is a pointer, not a fact.
        if (InlineText.isLinkOnly(p)) return Outcome.miss("a link, not a fact");
        String previous = null;
        for (Sentence raw : Sentence.split(marked.text(), b.line())) {
            Sentence s = raw;
            java.util.regex.Matcher remark = REMARK.matcher(raw.marked());
            if (remark.lookingAt()) s = new Sentence(raw.marked().substring(remark.end()), raw.line());
            String before = previous;
            previous = s.text();
            if (Anaphora.leans(s.text())) s = s.withLead(before != null ? before : Anaphora.termLead(b));
            String why = Guards.notStudyText(s.text());
            if (why != null) {
                if (miss == null) {
                    miss = new Outcome.Miss(why);
                    missRule = "sentences";
                }
                continue;
            }
            x.sink().by(ABBREVIATION.name());
            made |= ABBREVIATION.apply(s, b, x) instanceof Outcome.Claimed;
            for (SentenceRule r : ORDER) {
                x.sink().by(r.name());
                Outcome o = r.apply(s, b, x);
                if (o instanceof Outcome.Claimed) {
                    made = true;
                    break;
                }
                if (o instanceof Outcome.Miss m && miss == null) {
                    miss = m;
                    missRule = r.name();
                }
            }
        }
        if (made) return Outcome.claimed(1);
        return miss == null ? Outcome.PASS : Outcome.miss(missRule + ": " + miss.why());
    }
}
