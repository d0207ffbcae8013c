package dca.notes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Walks one chapter's commonmark tree and keeps the context (chapter › headings › parent bullet or
 * list caption); every block it meets is offered to the {@link Rules} in order, and the first rule
 * that claims it makes its cards. What no rule claims is walked into (lists, bullets, quotes).
 * Sections whose heading says they are not study material (meetings, links, to-dos) are skipped.
 */
final class CardExtractor {
    private static final int MAX_DEPTH = 40;

    private final Extraction x;
    private final List<Rule> rules;

    CardExtractor(Extraction x) {
        this.x = x;
        this.rules = x.implicit() ? Rules.ORDER : Rules.ORDER.stream().filter(r -> !r.implicit()).toList();
    }

    private record Section(int level, String title, List<String> tags, Heading heading) {}

    /** Blocks from {@code start} on; earlier blocks only serve as a caption for a list. */
    void blocks(List<Node> blocks, int start, Breadcrumbs ctx, int depth) {
        if (depth > MAX_DEPTH) return;
        Deque<Section> sections = new ArrayDeque<>();
        int skipBelow = 0;
        Breadcrumbs here = ctx;
        Heading heading = null;
        for (int i = start; i < blocks.size(); ) {
            Node n = blocks.get(i);
            int used = 1;
            try {
                // A question bank may take a heading ("### Question 3") with its options before it becomes a section.
                int taken = skipBelow == 0 && n instanceof Heading ? QuestionBankRule.claim(new Block(blocks, i, here, heading, false), x) : 0;
                if (taken > 0) {
                    used = taken;
                } else if (n instanceof Heading h) {
                    TagParser.Tagged t = TagParser.split(InlineText.oneLine(InlineText.of(h)));
                    x.tagCheck().check(t.tags(), InlineText.line(h));
                    while (!sections.isEmpty() && sections.peekLast().level() >= h.getLevel()) sections.removeLast();
                    if (skipBelow > 0 && h.getLevel() <= skipBelow) skipBelow = 0;
                    if (skipBelow == 0 && Guards.isSkippedHeading(t.text())) skipBelow = h.getLevel();
                    if (skipBelow == 0) sections.addLast(new Section(h.getLevel(), t.text(), t.tags(), h));
                    here = ctx;
                    for (Section s : sections) here = here.with(s.title(), s.tags());
                    heading = sections.isEmpty() ? null : sections.peekLast().heading();
                    if (skipBelow > 0) {
                        x.log().skipped(InlineText.line(h), InlineText.line(h), "skip", "not study material");
                    } else {
                        Outcome o = offer(new Block(blocks, i, here, heading, false));
                        if (o instanceof Outcome.Claimed c) used = c.used();
                    }
                } else if (skipBelow == 0) {
                    used = block(blocks, i, here, heading, depth, false);
                } else {
                    x.log().skipped(InlineText.line(n), ExtractionLog.lastLine(n), "skip", "in a section that is not study material");
                }
            } catch (RuntimeException e) {
                x.problems().add(InlineText.line(n), "could not read this block (" + e.getClass().getSimpleName() + ")");
            }
            i += Math.max(1, used);
        }
    }

    /** Offers one block to the rules; walks into it when none claims it (or the one that did asks to). */
    private int block(List<Node> blocks, int i, Breadcrumbs ctx, Heading heading, int depth, boolean inItem) {
        Node n = blocks.get(i);
        Block b = new Block(blocks, i, ctx, heading, inItem);
        if (n instanceof Paragraph) {
            x.tagCheck().check(b.tagged().tags(), b.line());
            if (b.tagged().text().isEmpty()) return 1;
        }
        Outcome o = offer(b);
        if (o instanceof Outcome.Claimed c && !c.descend()) return c.used();
        if (n instanceof ListBlock list) {
            list(list, b, depth);
        } else if (n instanceof BlockQuote) {
            blocks(children(n), 0, ctx, depth + 1);
        }
        return 1;
    }

    private Outcome offer(Block b) {
        Outcome.Miss nearest = null;
        String nearestRule = null;
        for (Rule r : rules) {
            int before = x.sink().size();
            x.sink().by(r.name());
            Outcome o = r.apply(b, x);
            if (o instanceof Outcome.Claimed c) {
                x.log().claimed(b.node(), r.name(), c.used(), b.siblings(), b.index(), before, x.sink().size());
                return o;
            }
            if (o instanceof Outcome.Miss m && nearest == null) {
                nearest = m;
                nearestRule = r.name();
            }
        }
        if (nearest != null) x.log().missed(b.node(), nearestRule, nearest.why());
        return Outcome.PASS;
    }

    private void list(ListBlock list, Block b, int depth) {
        List<ListItem> items = Enumeration.items(list);
        Breadcrumbs itemCtx = b.ctx();
        Paragraph caption = Enumeration.caption(b);
        if (caption == null) caption = HeadingList.shortCaption(b);
        if (caption != null && !Enumeration.captionIsParent(caption)) {
            itemCtx = b.ctx().with(InlineText.oneLine(TagParser.split(InlineText.of(caption)).text()));
        }
        List<Node> siblings = new ArrayList<>(items);
        for (int k = 0; k < siblings.size(); ) {
            Block itemBlock = new Block(siblings, k, itemCtx, b.heading(), false);
            Outcome o = offer(itemBlock);
            if (o instanceof Outcome.Claimed c && !c.descend()) {
                k += Math.max(1, c.used());
                continue;
            }
            item(items.get(k), itemCtx, b.heading(), depth + 1);
            k++;
        }
    }

    private void item(ListItem item, Breadcrumbs ctx, Heading heading, int depth) {
        if (depth > MAX_DEPTH) return;
        List<Node> children = children(item);
        if (children.isEmpty()) return;
        int start = 0;
        Breadcrumbs childCtx = ctx;
        if (children.get(0) instanceof Paragraph p) {
            String text = TagParser.split(InlineText.of(p)).text();
            try {
                start = block(children, 0, ctx, heading, depth, true);
            } catch (RuntimeException e) {
                x.problems().add(InlineText.line(p), "could not read this bullet (" + e.getClass().getSimpleName() + ")");
            }
            Optional<TermBullet.Term> term = TermBullet.read(p);
            childCtx = ctx.with(term.map(TermBullet.Term::term).orElse(text));
        }
        blocks(children, start, childCtx, depth + 1);
    }

    static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) out.add(c);
        return out;
    }
}
