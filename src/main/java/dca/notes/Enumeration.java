package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;

/**
 * A line ending in a colon followed by 2–12 short items makes a list card; when the items are term
 * bullets the card lists just the terms (each term also makes its own card).
 */
final class Enumeration {
    static final int MIN_ITEMS = 2;
    static final int MAX_ITEMS = 12;
    static final int MAX_WORDS = 12;

    private Enumeration() {}

    static void read(String caption, List<String> tags, List<ListItem> items, Breadcrumbs ctx, int line, CardSink sink) {
        if (items.size() < MIN_ITEMS || items.size() > MAX_ITEMS) return;
        List<String> names = new ArrayList<>();
        for (ListItem item : items) {
            if (!(item.getFirstChild() instanceof Paragraph p) || InlineText.isLinkOnly(p)) return;
            Optional<TermBullet.Term> term = TermBullet.read(p);
            String name = term.map(TermBullet.Term::term)
                    .orElseGet(() -> InlineText.oneLine(TagParser.split(InlineText.of(p)).text()));
            name = name.replaceFirst("[\\s,;:.]+$", "").strip();
            if (name.isEmpty() || Guards.words(name) > MAX_WORDS || Guards.isTodo(name)) return;
            names.add(name);
        }
        String prompt = caption.replaceFirst("[\\s:]+$", "").strip();
        if (prompt.isEmpty()) return;
        sink.list(prompt, names, ctx, line, tags);
    }
}
