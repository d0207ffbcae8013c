package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;

/**
 * A line ending in a colon followed by 2–12 short items makes a list card; when the items are term
 * bullets the card lists just the terms (each term also makes its own card).
 */
final class Enumeration implements Rule {
    static final int MIN_ITEMS = 2;
    static final int MAX_ITEMS = 12;
    static final int MAX_WORDS = 12;

    @Override
    public String name() {
        return "caption-list";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof ListBlock)) return Outcome.PASS;
        Paragraph caption = caption(b);
        if (caption == null) return Outcome.PASS;
        TagParser.Tagged c = TagParser.split(InlineText.of(caption));
        String captionText = InlineText.oneLine(c.text());
        // The first line of the bullet that holds the list is already in the context.
        Breadcrumbs ctx = captionIsParent(caption) ? b.ctx().parent() : b.ctx();
        read(captionText, c.tags(), items((ListBlock) b.node()), ctx, InlineText.line(caption), x);
        return Outcome.claimedAndDescend();
    }

    /** The paragraph before a list when it ends with a colon: the list's caption. */
    static Paragraph caption(Block b) {
        if (!(b.previous() instanceof Paragraph p)) return null;
        String text = TagParser.split(InlineText.of(p)).text();
        if (!text.endsWith(":") || QaSyntax.isQuestion(text) || text.startsWith("A:") || text.startsWith("C:")) return null;
        return p;
    }

    /** A bullet's own first line captioning the list nested in it. */
    static boolean captionIsParent(Paragraph caption) {
        return caption.getParent() instanceof ListItem && caption.getPrevious() == null;
    }

    static List<ListItem> items(ListBlock list) {
        List<ListItem> items = new ArrayList<>();
        for (org.commonmark.node.Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem item) items.add(item);
        }
        return items;
    }

    static void read(String caption, List<String> tags, List<ListItem> items, Breadcrumbs ctx, int line, Extraction x) {
        CardSink sink = x.sink();
        if (items.size() == 1) {
            oneItem(caption, tags, items.get(0), ctx, line, sink);
            return;
        }
        if (items.size() < MIN_ITEMS || items.size() > MAX_ITEMS) return;
        boolean termLines = items.get(0).getParent() instanceof ListBlock list && TermLine.allTerms(list);
        List<String> names = new ArrayList<>();
        for (ListItem item : items) {
            if (!(item.getFirstChild() instanceof Paragraph p) || InlineText.isLinkOnly(p)) return;
            Optional<TermBullet.Term> term = TermBullet.read(p);
            // A term bullet makes its own card; the list names just its term.
            String name = term.map(TermBullet.Term::term).or(() -> termLines ? TermLine.term(p) : Optional.empty())
                    .orElseGet(() -> InlineText.oneLine(TagParser.split(InlineText.of(p)).text()));
            name = Strings.stripTrailing(name, " \t\n,;:.");
            if (name.isEmpty() || Guards.words(name) > MAX_WORDS || Guards.isTodo(name)) return;
            names.add(name);
        }
        String prompt = ListPrompts.prompt(caption, ctx);
        if (prompt == null || ListPrompts.outline(names, x) || ListPrompts.sectionTitles(items) && !HeadingList.announcesList(caption)
                || ListPrompts.walkthrough(caption)) {
            return;
        }
        sink.list(prompt, names, ctx, line, tags);
    }

    private static final int MAX_PART_WORDS = 8;

    /**
     * One bullet under a caption that is itself a list, "Steps:" then "- stop the daemon, remove the
     * old version, install the new one": its parts are the list. A bare organising caption ("Steps")
     * is asked with the bullet or heading above it.
     */
    private static void oneItem(String caption, List<String> tags, ListItem item, Breadcrumbs ctx, int line, CardSink sink) {
        if (!(item.getFirstChild() instanceof Paragraph p) || p.getNext() != null || InlineText.isLinkOnly(p)) return;
        String text = Strings.stripTrailing(InlineText.oneLine(TagParser.split(InlineText.of(p)).text()), " \t.;");
        if (text.indexOf(',') < 0 || Guards.isTodo(text)) return;
        List<String> parts = InlineList.items(text);
        if (parts.size() < 3 || parts.size() > MAX_ITEMS) return;
        for (String part : parts) if (Strings.words(part) > MAX_PART_WORDS) return;
        String prompt = TermChildren.prompt(Strings.stripColon(caption), ctx);
        if (prompt != null) sink.offerList(prompt, parts, ctx, line, tags);
    }
}
