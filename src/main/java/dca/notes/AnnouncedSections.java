package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * A sentence that announces how many things there are, answered by the headings right under it:
 * "Device mapper supports 2 modes" then {@code ### loop-lvm} and {@code ### direct-lvm}, or by a
 * list of links to those headings ({@code - [Host](#host)}). The headings' titles are the list; a
 * stated count must match it, so a table of contents under a plain sentence makes no card.
 */
final class AnnouncedSections implements Rule {
    private static final int MAX_WORDS = 16;
    private static final SentenceRule ABBREVIATION = new Abbreviation();
    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEMS = 8;
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7,
            "eight", 8, "2", 2, "3", 3, "4", 4);
    /** "2 modes", "three audit logging levels", "several storage models", "a collection of native drivers". */
    private static final Pattern ANNOUNCES = Pattern.compile(
            "(?i)\\b(two|three|four|five|six|seven|eight|[2-8]|several|multiple|various|a (?:few|number|collection|couple) of)\\s+"
                    + "(?:[\\p{L}-]+\\s+){0,3}?(modes|ways|types|kinds|levels|models|drivers|options|methods|parts|components|categories"
                    + "|classes|forms|flavou?rs|editions|strategies|approaches|steps|stages|phases|states|policies|networks|formats)\\b");
    private static final Pattern GENERIC_TITLE = Pattern.compile(
            "(?i)(examples?|summary|notes?|overview|introduction|intro|references?|links?|resources|commands?|usage|tl;?dr|see also)");

    @Override
    public String name() {
        return "announced-sections";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof Paragraph p) || b.inItem() || InlineText.isLinkOnly(p)) return Outcome.PASS;
        String text = Strings.stripTrailing(b.text().strip(), " \t:.");
        if (text.isEmpty() || Strings.words(text) > MAX_WORDS || text.contains("?")) return Outcome.PASS;
        Matcher m = ANNOUNCES.matcher(text);
        if (!m.find()) return Outcome.PASS;
        Integer count = NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT));
        List<String> items = b.next() instanceof Heading ? subheadings(b) : b.next() instanceof BulletList list ? anchorLinks(list) : null;
        if (items == null || items.size() < MIN_ITEMS || items.size() > MAX_ITEMS || count != null && count != items.size()) {
            return Outcome.PASS;
        }
        String prompt = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        if (!x.sink().offerList(prompt, items, b.ctx(), b.line(), b.tagged().tags())) return Outcome.PASS;
        // The sentence may also spell out an abbreviation ("native drivers CNM (container network model)").
        for (Sentence s : Sentence.split(TagParser.split(InlineText.marked(p)).text(), b.line())) {
            x.sink().by(ABBREVIATION.name());
            ABBREVIATION.apply(s, b, x);
        }
        x.sink().by(name());
        // The list is the card; the links under the sentence are only its pointers.
        return Outcome.claimed(b.next() instanceof BulletList ? 2 : 1);
    }

    /** The titles of the headings one level under the section, up to its end; null when other blocks sit between them and the sentence. */
    private static List<String> subheadings(Block b) {
        int section = b.heading() == null ? 0 : b.heading().getLevel();
        Heading first = (Heading) b.next();
        if (first.getLevel() <= section) return null;
        List<String> out = new ArrayList<>();
        for (int i = 1; b.at(i) != null; i++) {
            Node n = b.at(i);
            if (!(n instanceof Heading h)) continue;
            if (h.getLevel() < first.getLevel()) break;
            if (h.getLevel() > first.getLevel()) continue;
            String title = HeadingDefinition.headingText(h);
            if (title.isEmpty() || GENERIC_TITLE.matcher(title).matches() || Strings.words(title) > HeadingDefinition.MAX_TERM_WORDS) return null;
            out.add(title);
        }
        return out;
    }

    /** {@code - [Host](#host)}: every bullet a link to a heading of the page. */
    private static List<String> anchorLinks(BulletList list) {
        List<String> out = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem li) || !(li.getFirstChild() instanceof Paragraph p) || p.getNext() != null
                    || !InlineText.isLinkOnly(p) || !(p.getFirstChild() instanceof Link link) || !link.getDestination().startsWith("#")) {
                return null;
            }
            String t = InlineText.oneLine(InlineText.of(link)).strip();
            if (t.isEmpty()) return null;
            out.add(t);
        }
        return out;
    }
}
