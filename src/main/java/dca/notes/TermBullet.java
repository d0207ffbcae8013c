package dca.notes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Term bullets in plain notes: {@code **Term**: def}, {@code **Term** aka "x": def}, {@code **Term** - def},
 * {@code Term - def} (a short term without sentence punctuation), {@code `--flag`: meaning},
 * {@code `command` - meaning}.
 */
final class TermBullet implements Rule {
    /** What follows a bold term: an optional {@code aka "x"} and a colon or dash. */
    private static final Pattern AFTER_STRONG = Pattern.compile(
            "(?s)^(?:(?:aka|a\\.k\\.a\\.?)\\s+[\"“']?([^\"”':]{1,40}?)[\"”']?\\s*)?(?::|[-–—](?=\\s))\\s*(.*)$");
    private static final Pattern AFTER_CODE = Pattern.compile("(?s)^(?::|[-–—](?=\\s))\\s*(\\S.*)$");
    private static final Pattern PLAIN = Pattern.compile("(?s)^([^:\\n]{1,80}?)\\s+[-–—]\\s+(\\S.*)$");
    /** Words that introduce a remark, not a term ("Note - check the MTU"). */
    private static final java.util.Set<String> NOT_TERMS = java.util.Set.of("note", "notes", "nb", "tip", "tips", "hint",
            "example", "examples", "eg", "e.g", "update", "edit", "warning", "caution", "important", "reminder",
            "question", "answer", "source", "sources", "see", "see also", "ps", "fyi", "todo", "done");
    private static final Pattern MARKS = Pattern.compile("[`*_:.]");
    /** "This container will …", "This tells Docker to start …": what one example does, not what the term means. */
    private static final Pattern EXAMPLE_SAYS = Pattern.compile(
            "(?i)(?:this|that|these|here)\\s+(?:container|service|image|app|file|network|volume|example|key|line|one|tells|will|starts|creates|runs|maps)\\b");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?;,:\"`*=\\[\\]{}]");

    /**
     * @param term       the prompt
     * @param definition the answer
     * @param card       false when the definition says nothing on its own ("(unchanged)"): the term
     *                   still names an item of its list, but makes no card
     */
    record Term(String term, String definition, boolean card) {}

    @Override
    public String name() {
        return "term-bullet";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!b.inItem() || !(b.node() instanceof Paragraph p)) return Outcome.PASS;
        Optional<Term> term = read(p);
        if (term.isEmpty()) return Outcome.PASS;
        // Nested bullets that elaborate the term belong to its answer; alone they would be fragments.
        java.util.List<String> children = p.getNext() instanceof org.commonmark.node.ListBlock list && list.getNext() == null
                ? ChildBullets.lines(list) : null;
        if (children != null && term.get().card()) {
            x.sink().basic(dca.deck.BasicCard.Origin.TERM, term.get().term(), ChildBullets.answer(term.get().definition(), children),
                    b.ctx(), b.line(), b.tagged().tags());
            return Outcome.claimed(2);
        }
        if (term.get().card()) {
            x.sink().basic(dca.deck.BasicCard.Origin.TERM, term.get().term(), term.get().definition(), b.ctx(), b.line(),
                    b.tagged().tags());
        }
        return Outcome.claimed(1);
    }

    static Optional<Term> read(Paragraph p) {
        return ParseScope.derived(p, Term.class, n -> readTerm((Paragraph) n));
    }

    private static Optional<Term> readTerm(Paragraph p) {
        Node first = p.getFirstChild();
        if (first instanceof StrongEmphasis strong) {
            String term = InlineText.oneLine(InlineText.of(strong));
            String rest = TagParser.split(InlineText.range(strong.getNext(), null)).text();
            if (term.endsWith(":")) {
                return make(term.substring(0, term.length() - 1).strip(), null, rest);
            }
            Matcher m = AFTER_STRONG.matcher(rest.strip());
            if (m.matches()) return make(term, m.group(1), m.group(2));
            return Optional.empty();
        }
        if (first instanceof Code code) {
            String rest = TagParser.split(InlineText.range(code.getNext(), null)).text();
            Matcher m = AFTER_CODE.matcher(rest.strip());
            if (m.matches()) return make("`" + code.getLiteral().strip() + "`", null, m.group(1));
            return Optional.empty();
        }
        String text = TagParser.split(InlineText.of(p)).text();
        if (!text.contains(" - ") && !text.contains(" – ") && !text.contains(" — ")) return Optional.empty();
        Matcher m = PLAIN.matcher(text);
        if (!m.matches()) return Optional.empty();
        String term = m.group(1).strip();
        if (Guards.words(term) > 6 || SENTENCE_PUNCTUATION.matcher(term).find()) return Optional.empty();
        if (!Character.isLetterOrDigit(term.codePointAt(0))) return Optional.empty();
        return make(term, null, m.group(2));
    }

    /** "Note", "Tip", "Example": a word that introduces a remark, not a term. */
    static boolean isRemark(String word) {
        return NOT_TERMS.contains(MARKS.matcher(word.toLowerCase(java.util.Locale.ROOT)).replaceAll("").strip());
    }

    private static Optional<Term> make(String term, String aka, String definition) {
        if (term.isEmpty() || Guards.words(term) > 8) return Optional.empty();
        if (NOT_TERMS.contains(MARKS.matcher(term.toLowerCase(java.util.Locale.ROOT)).replaceAll("").strip())) return Optional.empty();
        String t = aka == null || aka.isBlank() ? term : term + " (" + aka.strip() + ")";
        String d = definition.strip();
        // "(unchanged)", "-", "" carry no knowledge of their own.
        boolean card = !d.isEmpty() && !(d.startsWith("(") && d.endsWith(")")) && d.codePoints().anyMatch(Character::isLetterOrDigit)
                && !Guards.isWalkthrough(d) && !Guards.pointsElsewhere(d) && !EXAMPLE_SAYS.matcher(d).lookingAt() && !d.endsWith("=")
                && Guards.aboutExample(d) == null;
        return Optional.of(new Term(t, d, card));
    }
}
