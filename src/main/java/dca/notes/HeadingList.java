package dca.notes;

import dca.deck.BasicCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * A list captioned by a heading, or by a short line without a colon ("Parts of Docker" then a
 * numbered list): short names make a list card (the items are still read for their own cards);
 * under a heading naming a term, a few short facts make one card about that term.
 */
final class HeadingList implements Rule {
    private static final int MAX_CAPTION_WORDS = 10;
    private static final int NAME_WORDS = 5;
    private static final int MAX_FACTS = 6;
    private static final int FEW_FACTS = 4;
    private static final int SENTENCE_WORDS = 5;
    private static final int MAX_FACT_WORDS = 25;

    @Override
    public String name() {
        return "heading-list";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof ListBlock list)) return Outcome.PASS;
        String caption;
        int line;
        boolean underHeading = false;
        List<String> tags = List.of();
        Breadcrumbs ctx = b.ctx();
        // Under "## Official documentation" and a link, a list of names belongs to the heading above them.
        int back = -1;
        while (b.at(back) instanceof Paragraph lp && InlineText.isLinkOnly(lp)) back--;
        Node before = b.at(back);
        if (before instanceof Heading h && h == b.heading()) {
            caption = HeadingDefinition.term(h);
            if (caption == null && back < -1 || caption == null && Guards.isGenericHeading(HeadingDefinition.headingText(h))) {
                caption = aboveGeneric(ctx);
                if (caption != null) {
                    List<ListItem> items = Enumeration.items(list);
                    List<String> names = items.size() <= Enumeration.MAX_ITEMS ? names(items) : null;
                    // Only a plain list of names: term bullets ("**PID 1**: …") under "Details" keep their own cards.
                    if (names == null || names.size() < 2 || anyTerm(items) || !announcesList(caption)) return Outcome.PASS;
                    x.sink().offerList(caption, names, ctx.parent().parent(), InlineText.line(list), tags);
                    return Outcome.claimedAndDescend();
                }
            }
            line = InlineText.line(list);
            underHeading = true;
            ctx = ctx.parent();
        } else if (b.previous() instanceof Paragraph p && !Enumeration.captionIsParent(p)) {
            TagParser.Tagged t = TagParser.split(InlineText.of(p));
            caption = InlineText.oneLine(t.text());
            if (caption.endsWith(":") || caption.endsWith(".") || caption.endsWith("?") || Strings.words(caption) > MAX_CAPTION_WORDS
                    || Guards.notStudyText(caption) != null || InlineText.isLinkOnly(p)) {
                return Outcome.PASS;
            }
            tags = t.tags();
            line = InlineText.line(p);
        } else {
            return Outcome.PASS;
        }
        if (caption == null || Guards.isSkippedCaption(caption)) return Outcome.PASS;
        List<ListItem> items = Enumeration.items(list);
        if (items.size() < Enumeration.MIN_ITEMS) return Outcome.PASS;
        List<String> names = items.size() <= Enumeration.MAX_ITEMS && announcesList(caption) ? names(items) : null;
        if (names != null) {
            String prompt = ListPrompts.prompt(caption, ctx);
            if (prompt != null && !ListPrompts.outline(names, x) && !(ListPrompts.sectionTitles(items) && !announcesList(caption))
                    && !ListPrompts.walkthrough(caption)) {
                x.sink().offerList(prompt, names, ctx, line, tags);
            }
            return Outcome.claimedAndDescend();
        }
        if (!underHeading && (Strings.words(caption) > HeadingDefinition.MAX_TERM_WORDS || HeadingDefinition.isPlainTask(caption)
                || Guards.isGenericHeading(caption))) {
            return Outcome.PASS;
        }
        List<String> facts = facts(items);
        if (facts == null) return Outcome.miss("the bullets under \"" + caption + "\" are neither short names nor a few short facts");
        StringBuilder answer = new StringBuilder();
        for (String f : facts) answer.append(answer.length() == 0 ? "" : "\n").append("- ").append(f);
        return x.sink().offerBasic(BasicCard.Origin.TERM, caption, answer.toString(), ctx, line, tags)
                ? Outcome.claimed(1) : Outcome.PASS;
    }

    private static boolean anyTerm(List<ListItem> items) {
        for (ListItem item : items) {
            if (item.getFirstChild() instanceof Paragraph p && TermBullet.read(p).isPresent()) return true;
        }
        return false;
    }

    /** The heading above a generic one ("Official documentation"), as a list's caption: objective verbs dropped. */
    private static String aboveGeneric(Breadcrumbs ctx) {
        List<String> path = ctx.path();
        if (path.size() < 2) return null;
        String above = path.get(path.size() - 2);
        above = OBJECTIVE_VERB.matcher(above).replaceFirst("");
        if (above.isEmpty() || Guards.isGenericHeading(above) || Strings.words(above) > MAX_CAPTION_WORDS) return null;
        return Character.toUpperCase(above.charAt(0)) + above.substring(1);
    }

    private static final java.util.regex.Pattern OBJECTIVE_VERB = java.util.regex.Pattern.compile(
            "(?i)^(?:show|describe|identify|list|name|outline|state|explain|know|demonstrate|understand|summari[sz]e)\\s+");

    /** A short line without a colon right before a list, naming what the list is about ("MACVLAN driver"), or null. */
    static Paragraph shortCaption(Block b) {
        if (!(b.previous() instanceof Paragraph p) || Enumeration.captionIsParent(p) || InlineText.isLinkOnly(p)) return null;
        String c = InlineText.oneLine(TagParser.split(InlineText.of(p)).text());
        if (c.isEmpty() || Strings.words(c) > CONTEXT_WORDS || c.endsWith(".") || c.endsWith("?") || c.endsWith("!")
                || c.contains("`") || c.contains("::") || c.contains("{{") || QaSyntax.isQuestion(c) || QaSyntax.isAnswer(c)) {
            return null;
        }
        return p;
    }

    private static final int CONTEXT_WORDS = 8;

    /** "Network drivers", "Parts of Docker", "Types of mounts": a caption that promises several things. */
    static boolean announcesList(String caption) {
        String c = Strings.stripTrailing(caption.strip(), " \t:.").toLowerCase(java.util.Locale.ROOT);
        if (LIST_WORDS.matcher(c).find()) return true;
        Matcher qualifier = QUALIFIER.matcher(c);
        String head = qualifier.find() ? c.substring(0, qualifier.start()) : c;
        return plural(lastWord(c)) || plural(lastWord(head));
    }

    /** "… that are supported" → "network drivers" is the head noun phrase of "network drivers that …". */
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile(
            "\\s+(?:of|in|for|on|with|to|by|from|that|which|supported|available)\\b");

    private static String lastWord(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetter(s.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && (Character.isLetter(s.charAt(start - 1)) || s.charAt(start - 1) == '-')) start--;
        return s.substring(start, end);
    }

    private static final java.util.regex.Pattern LIST_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:types|kinds|parts|components|list|ways|steps|options|modes|levels|layers|stages|phases|categories|examples)\\b");

    private static boolean plural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }

    /** The items' names when every item is a short name or a term bullet, else null. */
    private static List<String> names(List<ListItem> items) {
        List<String> out = new ArrayList<>();
        for (ListItem item : items) {
            if (!(item.getFirstChild() instanceof Paragraph p) || InlineText.isLinkOnly(p)) return null;
            Optional<TermBullet.Term> term = TermBullet.read(p);
            // ".ID : the image ID": a term line is named by its term, as a term bullet is.
            Optional<String> line = term.isEmpty() ? TermLine.term(p) : Optional.empty();
            String name = term.map(TermBullet.Term::term).or(() -> line)
                    .orElseGet(() -> InlineText.oneLine(TagParser.split(InlineText.of(p)).text()));
            name = Strings.stripTrailing(name, " \t\n,;:.");
            if (name.isEmpty() || Guards.isTodo(name) || Guards.isQuiz(name)) return null;
            if (term.isEmpty() && line.isEmpty() && (Strings.words(name) > NAME_WORDS || name.contains(". "))) return null;
            out.add(name);
        }
        return out;
    }

    /** A few short facts, each a bullet of one paragraph that makes no card of its own; else null. */
    private static List<String> facts(List<ListItem> items) {
        if (items.size() > MAX_FACTS) return null;
        List<String> out = new ArrayList<>();
        int statements = 0;
        int tokens = 0;
        for (ListItem item : items) {
            if (!(item.getFirstChild() instanceof Paragraph p) || p.getNext() != null || InlineText.isLinkOnly(p)) return null;
            if (TermBullet.read(p).isPresent()) return null;
            String text = InlineText.oneLine(TagParser.split(InlineText.of(p)).text());
            // "ca.pem : the root certificate": a term line makes its own card.
            if (TermLine.codeLike(Strings.stripTrailing(text.split(":", 2)[0], " \t")) && TermLine.term(p).isPresent()) return null;
            if (Strings.words(text) > MAX_FACT_WORDS || Guards.notStudyText(text) != null && Strings.words(text) >= 3) return null;
            if (text.contains("::") || text.contains("{{") || text.contains("==") || Guards.isTodo(text)) return null;
            // A bullet with a specific token makes a precise card of its own; several such bullets are not one answer.
            // One among plain facts that would make no card alone joins them ("Creates a `bridge0` network").
            if (!Token.find(InlineText.marked(p)).isEmpty() && ++tokens > 1) return null;
            // A whole sentence ("Stacks do not support builds.") is a fact of its own, like a statement dca can cloze.
            if (Statement.split(Statement.Word.split(InlineText.marked(p))) != null || text.endsWith(".") && Strings.words(text) >= SENTENCE_WORDS) {
                statements++;
            }
            out.add(Strings.stripTrailing(text, " \t,;"));
        }
        // Many statements that each name their own subject are facts of their own, better asked one by one.
        if (out.size() > FEW_FACTS && statements * 2 >= out.size()) return null;
        if (tokens > 0 && out.size() - tokens < 2) return null;
        return out;
    }
}
