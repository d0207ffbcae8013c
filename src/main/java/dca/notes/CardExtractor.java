package dca.notes;

import dca.deck.BasicCard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Walks one chapter's blocks and hands every card it finds to the {@link CardSink}: explicit syntax
 * first (Q/A, choice, cloze, {@code ::}, details, pinned ids), then what plain notes imply (term
 * bullets, enumerations, commands, command tables), skipping what is not study material.
 */
final class CardExtractor {
    private static final int MAX_DEPTH = 40;
    private static final Pattern ID_COMMENT = Pattern.compile("(?s)^\\s*<!--\\s*id\\s*:\\s*(.*?)\\s*-->\\s*$");

    private final CardSink sink;
    private final Problems problems;
    private final TagCheck tagCheck;
    /** Blocks taken whole before the walker reads them (question banks). */
    private final QuestionBank.Claim claim;

    CardExtractor(CardSink sink, Problems problems, TagCheck tagCheck) {
        this(sink, problems, tagCheck, (blocks, i, ctx) -> 0);
    }

    CardExtractor(CardSink sink, Problems problems, TagCheck tagCheck, QuestionBank.Claim claim) {
        this.sink = sink;
        this.problems = problems;
        this.tagCheck = tagCheck;
        this.claim = claim;
    }

    private record Section(int level, String title, List<String> tags) {}

    /** Blocks from {@code start} on; earlier blocks only serve as a caption for a list. */
    void blocks(List<Node> blocks, int start, Breadcrumbs ctx, int depth) {
        if (depth > MAX_DEPTH) return;
        Deque<Section> sections = new ArrayDeque<>();
        int skipBelow = 0;
        Breadcrumbs here = ctx;
        for (int i = start; i < blocks.size(); ) {
            Node n = blocks.get(i);
            int used = 1;
            try {
                int claimed = skipBelow == 0 ? claim.claim(blocks, i, here) : 0;
                if (claimed > 0) {
                    used = claimed;
                } else if (n instanceof Heading h) {
                    TagParser.Tagged t = TagParser.split(InlineText.oneLine(InlineText.of(h)));
                    tagCheck.check(t.tags(), InlineText.line(h));
                    while (!sections.isEmpty() && sections.peekLast().level() >= h.getLevel()) sections.removeLast();
                    if (skipBelow > 0 && h.getLevel() <= skipBelow) skipBelow = 0;
                    if (skipBelow == 0 && Guards.isSkippedHeading(t.text())) skipBelow = h.getLevel();
                    if (skipBelow == 0) sections.addLast(new Section(h.getLevel(), t.text(), t.tags()));
                    here = ctx;
                    for (Section s : sections) here = here.with(s.title(), s.tags());
                } else if (skipBelow == 0) {
                    used = block(blocks, i, here, depth);
                }
            } catch (RuntimeException e) {
                problems.add(InlineText.line(n), "could not read this block (" + e.getClass().getSimpleName() + ")");
            }
            i += Math.max(1, used);
        }
    }

    private int block(List<Node> blocks, int i, Breadcrumbs ctx, int depth) {
        Node n = blocks.get(i);
        if (n instanceof Paragraph p) return paragraph(p, blocks, i, ctx, false);
        if (n instanceof ListBlock list) {
            list(list, caption(blocks, i), ctx, depth);
        } else if (n instanceof HtmlBlock h) {
            java.util.regex.Matcher m = ID_COMMENT.matcher(h.getLiteral());
            if (m.matches()) {
                sink.pin(m.group(1), InlineText.line(h));
            } else if (DetailsSyntax.starts(h)) {
                return DetailsSyntax.read(blocks, i, ctx, sink, problems);
            }
        } else if (n instanceof BlockQuote) {
            blocks(children(n), 0, ctx, depth + 1);
        } else if (n instanceof TableBlock) {
            CommandTable.read(n, ctx, sink);
        }
        return 1;
    }

    /**
     * A paragraph, alone or as the first line of a bullet ({@code inItem}); returns how many sibling
     * blocks it used (an answer paragraph, the options of a question, an explanation).
     */
    private int paragraph(Paragraph p, List<Node> blocks, int i, Breadcrumbs ctx, boolean inItem) {
        int line = InlineText.line(p);
        TagParser.Tagged tagged = TagParser.split(InlineText.of(p));
        String text = tagged.text();
        tagCheck.check(tagged.tags(), line);
        if (text.isEmpty()) return 1;
        Node next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        boolean question = QaSyntax.isQuestion(text);
        if (next != null && ChoiceSyntax.isTaskList(next) && (question || text.contains("?") || text.endsWith(":"))) {
            String prompt = InlineText.oneLine(QaSyntax.question(text));
            return 1 + ChoiceSyntax.read(prompt, tagged.tags(), blocks, i + 1, ctx, line, sink);
        }
        if (next != null && ChoiceSyntax.startsWithTask(next) && !ChoiceSyntax.isTaskList(next)) {
            problems.add(line, "options and plain bullets run together in one list: end the options with a "
                    + "paragraph, or use another bullet marker (* or +) for the next list");
            return 1;
        }
        if (question) return QaSyntax.read(tagged, blocks, i, ctx, line, sink, problems);
        if (ClozeSyntax.read(tagged, ctx, line, sink, problems)) return 1;
        if (DefinitionSyntax.read(tagged, ctx, line, sink)) return 1;
        if (CommandSyntax.read(tagged, ctx, line, sink)) return 1;
        if (inItem) {
            Optional<TermBullet.Term> term = TermBullet.read(p);
            if (term.isPresent() && term.get().card()) {
                sink.basic(BasicCard.Origin.TERM, term.get().term(), term.get().definition(), ctx, line, tagged.tags());
            }
        }
        return 1;
    }

    /** The paragraph before a list when it ends with a colon: the list's caption. */
    private static Paragraph caption(List<Node> blocks, int i) {
        if (i == 0 || !(blocks.get(i - 1) instanceof Paragraph p)) return null;
        String text = TagParser.split(InlineText.of(p)).text();
        if (!text.endsWith(":") || QaSyntax.isQuestion(text) || text.startsWith("A:") || text.startsWith("C:")) return null;
        return p;
    }

    private void list(ListBlock list, Paragraph caption, Breadcrumbs ctx, int depth) {
        List<ListItem> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) if (n instanceof ListItem item) items.add(item);
        if (items.isEmpty() || ChoiceSyntax.isTaskList(list) || isLinkOnly(items)) return;
        Breadcrumbs itemCtx = ctx;
        if (caption != null) {
            TagParser.Tagged c = TagParser.split(InlineText.of(caption));
            String captionText = InlineText.oneLine(c.text());
            if (Guards.isSkippedCaption(captionText)) return;
            // The first line of the bullet that holds the list is already in the context.
            boolean captionIsParent = caption.getParent() instanceof ListItem && caption.getPrevious() == null;
            Enumeration.read(captionText, c.tags(), items, captionIsParent ? ctx.parent() : ctx, InlineText.line(caption), sink);
            if (!captionIsParent) itemCtx = ctx.with(captionText);
        }
        for (int k = 0; k < items.size(); k++) {
            if (k + 1 < items.size() && questionAnsweredByNextItem(items.get(k), items.get(k + 1), itemCtx)) {
                k++;
                continue;
            }
            item(items.get(k), itemCtx, depth + 1);
        }
    }

    /** {@code - Q: …} followed by {@code - A: …} as two bullets. */
    private boolean questionAnsweredByNextItem(ListItem q, ListItem a, Breadcrumbs ctx) {
        if (!(q.getFirstChild() instanceof Paragraph qp) || qp.getNext() != null) return false;
        if (!(a.getFirstChild() instanceof Paragraph ap)) return false;
        TagParser.Tagged question = TagParser.split(InlineText.of(qp));
        if (!QaSyntax.isQuestion(question.text()) || question.text().contains("\nA:")) return false;
        if (!QaSyntax.isAnswer(TagParser.split(InlineText.of(ap)).text())) return false;
        List<Node> pair = List.of(qp, ap);
        QaSyntax.read(question, pair, 0, ctx, InlineText.line(qp), sink, problems);
        return true;
    }

    private static boolean isLinkOnly(List<ListItem> items) {
        for (ListItem item : items) {
            if (!(item.getFirstChild() instanceof Paragraph p) || !InlineText.isLinkOnly(p)) return false;
        }
        return true;
    }

    private void item(ListItem item, Breadcrumbs ctx, int depth) {
        if (depth > MAX_DEPTH) return;
        List<Node> children = children(item);
        if (children.isEmpty()) return;
        int start = 0;
        Breadcrumbs childCtx = ctx;
        if (children.get(0) instanceof Paragraph p) {
            String text = TagParser.split(InlineText.of(p)).text();
            if (Guards.isTodo(text)) return;
            try {
                start = paragraph(p, children, 0, ctx, true);
            } catch (RuntimeException e) {
                problems.add(InlineText.line(p), "could not read this bullet (" + e.getClass().getSimpleName() + ")");
            }
            Optional<TermBullet.Term> term = TermBullet.read(p);
            childCtx = ctx.with(term.map(TermBullet.Term::term).orElse(text));
        }
        blocks(children, start, childCtx, depth + 1);
    }

    private static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) out.add(c);
        return out;
    }
}
