package dca.notes;

import dca.deck.Domain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DCA domains of one chapter, by the first source that says: front matter {@code domains:}; domain
 * tags on the chapter's title; for notes on one of the book's chapters (the title is the book's),
 * the book's chapter map; a title or file name that is a domain's name ({@code Networking},
 * {@code 04-networking.md}, "Domain 4"); the nearest folder named after a domain
 * ({@code Domain_1_Orchestration/}, {@code Storage-and-Volumes/}); a domain word in the title
 * ("Mount volumes"); else, for a numbered chapter, the book's map. A card's own domain tags still
 * win over all of these (see {@link CardSink}).
 */
final class ChapterDomains {
    private ChapterDomains() {}

    static List<Domain> of(ChapterPart part, FrontMatter fm, String fileName, Folders folders, Problems problems) {
        List<Domain> out = new ArrayList<>();
        for (String d : fm.domains()) {
            Optional<Domain> dom = Domain.parse(d);
            if (dom.isPresent()) {
                if (!out.contains(dom.get())) out.add(dom.get());
            } else {
                problems.add(1, "unknown domain \"" + d + "\" in front matter; domains are " + TagCheck.domainList());
            }
        }
        if (!out.isEmpty()) return out;
        for (String t : part.titleTags()) {
            CardSink.domainTag(t).filter(d -> !out.contains(d)).ifPresent(out::add);
        }
        if (!out.isEmpty()) return out;
        int n = part.number();
        if (n > 0 && (BookChapters.isChapterTitle(part.title()) && BookChapters.title(n).equalsIgnoreCase(bookTitle(part.title(), n))
                || part.title().isBlank())) {
            return BookChapters.domains(n);
        }
        String stem = fileName.replaceFirst("(?i)\\.(md|markdown)$", "");
        Optional<Domain> named = DomainNames.named(part.title()).or(() -> DomainNames.named(stem)).or(folders::domain)
                .or(() -> DomainNames.mentioned(part.title()));
        if (named.isPresent()) return List.of(named.get());
        return n > 0 ? BookChapters.domains(n) : List.of();
    }

    /** The book's spelling of a title that names chapter {@code n} loosely ("The Big Picture"). */
    private static String bookTitle(String title, int n) {
        String book = BookChapters.title(n);
        String a = dca.deck.DeckCatalog.slug(title);
        String b = dca.deck.DeckCatalog.slug(book);
        return a.equals(b) || ("the-" + a).equals(b) || a.equals("the-" + b) ? book : title;
    }
}
