package dca.notes;

import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Pages of a notes repository that are not study notes, told by their content: only links (an index
 * README, a page pointing to another, a table of contents), only headings, a checklist of tasks, a
 * study plan, a list of courses or books. Only files found in a notes folder are judged so; a file
 * named on the command line is always read.
 */
final class NotesPage {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Pattern POINTER = Pattern.compile(
            "(?i).*\\b(see|refer to|duplicate|explained (there|in|here)|covered (in|there)|moved to|details (are )?(in|there))\\b.*");
    private static final Pattern PLAN_NAME = Pattern.compile("(?i)(study[- ]?)?(plan|planning|schedule|roadmap|timeline|todo|to[- ]do)");
    private static final Pattern RESOURCE_WORD = Pattern.compile(
            "(?i).*\\b(resources|links|books|courses|videos|references|reading list|bookmarks|further reading)\\b.*");

    private NotesPage() {}

    /** Why a page is not study notes, or null when it is (or may be). */
    static String notNotes(Node document, String fileName) {
        Counts c = new Counts();
        c.walk(document, false, 0);
        String stem = fileName.replaceFirst("(?i)\\.(md|markdown)$", "").replace('_', ' ').replace('-', ' ').strip();
        if (c.blocks == 0 && c.headings == 0) return "empty";
        if (c.blocks == 0) return "only headings, no notes under them";
        if (PLAN_NAME.matcher(stem).matches()) return "a study plan, not notes";
        boolean plain = c.code == 0 && c.tables == 0 && c.details == 0;
        // Bullets that are not links are notes ("- FROM", "- CMD" under a heading), however short.
        boolean linkBullets = c.linkItems == c.items;
        if (plain && linkBullets && c.links >= 1 && c.prose <= 12) return linksReason(c, stem);
        if (plain && linkBullets && c.links >= 1 && c.prose <= 30 && POINTER.matcher(c.text).matches()) {
            return "a pointer to other pages, no notes of its own";
        }
        // An index: nearly every bullet a link, at most a short introduction besides.
        if (plain && c.links >= 3 && c.items > 0 && c.linkItems * 4 >= c.items * 3 && c.paragraphs <= 3 && c.prose <= 150) {
            return linksReason(c, stem);
        }
        if (c.taskItems >= 5 && c.taskItems * 5 >= c.items * 4 && c.checkedTasks * 2 <= c.taskItems && c.fencedCode == 0) {
            return "a checklist of tasks, not notes";
        }
        if (c.fencedCode == 0 && c.links >= 3 && (RESOURCE_WORD.matcher(stem).matches() || RESOURCE_WORD.matcher(c.title).matches())) {
            return "a list of resources (links), not notes";
        }
        if (describesExampleApp(c)) return "the description of an example app, not notes";
        return null;
    }

    /** "Used in: the book", "Used to build the web0.2 tag", "Pre-built image": what the README of a sample app says. */
    private static final Pattern APP_NOTE = Pattern.compile(
            "(?i)\\b(?:used in|referenced in|used to build|pre-?built image|(?:is|are) maintained|this (?:app|application|example|sample)"
                    + " (?:is|was|contains|uses|shows)|(?:based on|taken from) the [^.]{0,40}\\b(?:sample|example|repo|repository))\\b");
    private static final Pattern APP_TITLE = Pattern.compile("(?i).*\\b(?:app|apps|application|demo|sample|example)\\b.*");
    private static final int MAX_APP_PAGE_WORDS = 250;

    /**
     * The README of a sample application: short, and it says where the app is used or what it builds
     * (twice, or once under a title that names an app or a demo). Its ports and tags are the app's, not Docker's.
     */
    private static boolean describesExampleApp(Counts c) {
        if (c.prose > MAX_APP_PAGE_WORDS) return false;
        java.util.regex.Matcher m = APP_NOTE.matcher(c.text);
        int signals = 0;
        while (m.find()) signals++;
        return signals >= 2 || signals == 1 && APP_TITLE.matcher(c.title).matches();
    }

    private static String linksReason(Counts c, String stem) {
        if (c.contents) return "a table of contents, no notes of its own";
        boolean index = stem.equalsIgnoreCase("readme") || stem.equalsIgnoreCase("index");
        if (!index && c.links <= 2 && c.mdLinks > 0) return "a pointer to other pages, no notes of its own";
        return c.mdLinks * 2 >= c.links ? "an index of other pages, no notes of its own" : "only links, no notes of its own";
    }

    /** What a page is made of. */
    private static final class Counts {
        int blocks;
        int headings;
        int paragraphs;
        int items;
        int linkItems;
        int taskItems;
        int checkedTasks;
        int links;
        int mdLinks;
        int code;
        int fencedCode;
        int tables;
        int details;
        int prose;
        boolean contents;
        String title = "";
        final StringBuilder text = new StringBuilder();

        void walk(Node n, boolean quiet, int depth) {
            if (depth > 64) return;
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof YamlFrontMatterBlock || c instanceof ThematicBreak) continue;
                if (c instanceof Heading h) {
                    headings++;
                    String t = InlineText.oneLine(InlineText.of(h));
                    if (h.getLevel() == 1 && title.isEmpty()) title = t;
                    if (t.toLowerCase(Locale.ROOT).matches("\\W*(table of contents|contents|toc|index)\\W*")) contents = true;
                    countLinks(h, depth);
                    continue;
                }
                if (c instanceof FencedCodeBlock || c instanceof IndentedCodeBlock) {
                    blocks++;
                    code++;
                    fencedCode++;
                    continue;
                }
                if (c instanceof TableBlock) {
                    blocks++;
                    tables++;
                    continue;
                }
                if (c instanceof HtmlBlock html) {
                    String lit = html.getLiteral().toLowerCase(Locale.ROOT);
                    if (lit.startsWith("<!--")) continue;
                    blocks++;
                    if (lit.contains("<details")) details++;
                    if (lit.contains("<a ") || lit.contains("<img")) links++;
                    continue;
                }
                if (c instanceof ListItem item) {
                    items++;
                    if (item.getFirstChild() instanceof TaskListItemMarker m && !isChoiceList(item.getParent())) {
                        taskItems++;
                        if (m.isChecked()) checkedTasks++;
                    }
                    Node first = item.getFirstChild() instanceof TaskListItemMarker m ? m.getNext() : item.getFirstChild();
                    if (first instanceof Paragraph p && startsWithLink(p)) linkItems++;
                }
                if (c instanceof Paragraph) {
                    blocks++;
                    if (!(c.getParent() instanceof ListItem)) paragraphs++;
                }
                if (c instanceof Link l) {
                    links++;
                    String dest = l.getDestination().toLowerCase(Locale.ROOT);
                    if (!dest.startsWith("http") || dest.contains(".md")) mdLinks++;
                    continue;
                }
                if (c instanceof Image) {
                    links++;
                    continue;
                }
                if (c instanceof Code) {
                    code++;
                    continue;
                }
                if (c instanceof Text t && !quiet) {
                    String s = t.getLiteral();
                    java.util.regex.Matcher m = WORD.matcher(s);
                    while (m.find()) prose++;
                    text.append(s).append(' ');
                    continue;
                }
                walk(c, quiet, depth + 1);
            }
        }

        /** The options of a question ({@code Q: …?} then {@code - [x]} / {@code - [ ]}) are no checklist. */
        private static boolean isChoiceList(Node list) {
            if (list == null || !(list.getPrevious() instanceof Paragraph p)) return false;
            String t = InlineText.of(p).strip();
            return t.endsWith("?") || t.endsWith(":") || t.startsWith("Q:");
        }

        private void countLinks(Node n, int depth) {
            if (depth > 64) return;
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Link || c instanceof Image) links++;
                else countLinks(c, depth + 1);
            }
        }

        /** A bullet that starts with a link (after emphasis or an emoji): an entry of a link list. */
        private static boolean startsWithLink(Paragraph p) {
            for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Link || c instanceof Image) return true;
                if (c instanceof Text t && Strings.onlyChars(t.getLiteral().strip(), " -–—*•:|")) continue;
                if (c instanceof Text t && t.getLiteral().strip().codePoints().noneMatch(Character::isLetterOrDigit)) continue;
                if (c.getFirstChild() != null && !(c instanceof Code)) {
                    // **[Title](url)** or *[x](y)*
                    Node inner = c.getFirstChild();
                    if (inner instanceof Link) return true;
                }
                return false;
            }
            return false;
        }
    }
}
