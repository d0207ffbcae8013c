package dca.notes;

import dca.deck.BasicCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;

/**
 * A bullet naming a term with nothing after it, whose nested bullets say what it is: one child is
 * its definition ("- Overlay network" / "  - spans the hosts of a swarm"); several children are its
 * answer together, instead of loose fragments; short names as children make a list card. A bare
 * organising word ("Steps", "Pros") is asked about with the bullet above it ("Upgrading: steps").
 */
final class TermChildren implements Rule {
    private static final int MAX_TERM_WORDS = 6;
    private static final java.util.regex.Pattern EXAMPLE = java.util.regex.Pattern.compile("(?i)(?:i\\.?e|e\\.?g|ex|example|for example|such as)\\b");
    private static final int MAX_CHILDREN = 8;
    private static final int MAX_CHILD_WORDS = 30;
    private static final int MAX_ANSWER_WORDS = 120;
    private static final int NAME_WORDS = 4;

    @Override
    public String name() {
        return "term-children";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof ListItem item) || !(item.getFirstChild() instanceof Paragraph p)) return Outcome.PASS;
        if (!(p.getNext() instanceof ListBlock list) || list.getNext() != null) return Outcome.PASS;
        TagParser.Tagged tagged = TagParser.split(InlineText.of(p));
        String term = Strings.stripTrailing(InlineText.oneLine(tagged.text()), " \t");
        if (term.isEmpty() || term.endsWith(":") || term.endsWith(".") || Strings.words(term) > MAX_TERM_WORDS) return Outcome.PASS;
        if (EXAMPLE.matcher(term).lookingAt()) return Outcome.miss("an example, not a term");
        if (!plain(term) || TermBullet.read(p).isPresent() || ChoiceSyntax.isTaskList(list)) return Outcome.PASS;
        // Numbered items, and items naming an action, are steps: their children are how, not what.
        if (item.getParent() instanceof org.commonmark.node.OrderedList || HeadingDefinition.isPlainTask(term)) {
            return Outcome.miss("a step, not a term");
        }
        if (!HeadingDefinition.isTerm(term) && !Guards.isGenericTerm(term) && !Guards.isGenericHeading(term)) {
            return Outcome.miss("\"" + term + "\" is a clause, not a term");
        }
        List<String> children = new ArrayList<>();
        int words = 0;
        for (ListItem child : Enumeration.items(list)) {
            if (!(child.getFirstChild() instanceof Paragraph cp) || cp.getNext() != null) return Outcome.PASS;
            String text = InlineText.oneLine(TagParser.split(InlineText.of(cp)).text());
            if (!plain(text) || cardShaped(cp) || InlineText.isLinkOnly(cp)) return Outcome.PASS;
            if (Strings.words(text) > MAX_CHILD_WORDS) return Outcome.miss("a nested bullet is too long to be part of one answer");
            words += Strings.words(text);
            children.add(Strings.stripTrailing(text, " \t,;"));
        }
        if (children.isEmpty() || children.size() > MAX_CHILDREN || words > MAX_ANSWER_WORDS) {
            return Outcome.miss("too many nested bullets for one answer");
        }
        String prompt = prompt(term, b.ctx());
        if (prompt == null) return Outcome.miss("\"" + term + "\" names nothing to ask about");
        Breadcrumbs ctx = b.ctx();
        boolean made;
        if (children.size() == 1) {
            if (Strings.words(children.get(0)) < 2) return Outcome.PASS;
            made = x.sink().offerBasic(BasicCard.Origin.TERM, prompt, children.get(0), ctx, b.line(), tagged.tags());
        } else if (children.stream().allMatch(c -> Strings.words(c) <= NAME_WORDS)) {
            made = x.sink().offerList(prompt, children, ctx, b.line(), tagged.tags());
        } else {
            StringBuilder answer = new StringBuilder();
            for (String c : children) answer.append(answer.length() == 0 ? "" : "\n").append("- ").append(c);
            made = x.sink().offerBasic(BasicCard.Origin.TERM, prompt, answer.toString(), ctx, b.line(), tagged.tags());
        }
        return made ? Outcome.claimed(1) : Outcome.PASS;
    }

    /** The term as a prompt; a generic word takes the bullet or heading above it, or null when there is none. */
    static String prompt(String term, Breadcrumbs ctx) {
        if (!Guards.isGenericHeading(term) && !Guards.isGenericTerm(term)) return term;
        List<String> path = ctx.path();
        if (path.isEmpty()) return null;
        String above = path.get(path.size() - 1);
        if (Guards.isGenericHeading(above)) return null;
        return above + ": " + term.toLowerCase(java.util.Locale.ROOT);
    }

    /** No explicit syntax and no to-do: text a guess may read. */
    static boolean plain(String text) {
        return !text.contains("::") && !text.contains("{{") && !text.contains("==") && !QaSyntax.isQuestion(text)
                && !QaSyntax.isAnswer(text) && !text.startsWith("C:") && !Guards.isTodo(text) && !Guards.isQuiz(text);
    }

    /** A bullet that makes a card of its own (a term and its definition, a labelled command). */
    static boolean cardShaped(Paragraph p) {
        Optional<TermBullet.Term> t = TermBullet.read(p);
        if (t.isPresent() && t.get().card()) return true;
        String text = InlineText.oneLine(InlineText.of(p));
        int open = text.indexOf('`');
        int close = open < 0 ? -1 : text.indexOf('`', open + 1);
        return close > open && CommandWords.isCommand(text.substring(open + 1, close));
    }
}
