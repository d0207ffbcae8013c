package dca.notes;

import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.Domain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown notes → decks, one per chapter. Never throws: whatever the input, it returns the decks it
 * could read and the problems it found ({@code dca check} prints them with {@code file:line}).
 */
public final class NotesParser {
    private static final List<Extension> EXTENSIONS = List.of(
            YamlFrontMatterExtension.create(), TablesExtension.create(), TaskListItemsExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /** Problems that mean the parser itself failed on some input (a bug, not a notes problem). */
    public static final String INTERNAL = "could not read this";

    private NotesParser() {}

    /**
     * @param text the file's text (BOM, CRLF and tabs are fine)
     * @param file the name shown in sources and problems, e.g. {@code notes/05-the-docker-engine.md}
     */
    public static ParsedNotes parse(String text, String file) {
        return read(text, file, ExtractionLog.OFF).parsed();
    }

    /**
     * Parses like {@link #parse} and says, line by line, which lines became which cards (and by
     * which rule) and which content lines made none: what {@code dca check --explain} prints.
     */
    public static Explanation explain(String text, String file) {
        return read(text, file, new ExtractionLog()).explanation();
    }

    private record Read(ParsedNotes parsed, Explanation explanation) {}

    private static Read read(String text, String file, ExtractionLog log) {
        Problems problems = new Problems(file);
        String clean = NotesText.clean(text == null ? "" : text);
        List<Explanation.Made> made = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
        int[] frontMatterEnd = {0};
        ParsedNotes parsed;
        ParseScope.open();
        try {
            parsed = new ParsedNotes(file, decks(clean, file, problems, log, made, headings, frontMatterEnd), problems.list());
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(0, INTERNAL + " file (" + e.getClass().getSimpleName() + "); please report it");
            parsed = new ParsedNotes(file, List.of(), problems.list());
        } finally {
            ParseScope.close();
        }
        if (!log.on()) return new Read(parsed, null);
        return new Read(parsed, log.explain(parsed, clean.split("\n", -1), made, headings, frontMatterEnd[0]));
    }

    private static List<Deck> decks(String text, String file, Problems problems, ExtractionLog log,
                                    List<Explanation.Made> made, List<Integer> headings, int[] frontMatterEnd) {
        String fileName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        if (text.isBlank()) return List.of();
        String[] lines = text.split("\n", -1);
        Node document = PARSER.parse(text);
        FrontMatter fm = FrontMatter.of(document);
        if (fm.chapterText() != null && fm.chapter() == null) {
            problems.add(2, "front matter chapter: \"" + fm.chapterText() + "\" is not a chapter number; write e.g. chapter: 5");
        }
        if (fm.implicitText() != null && !List.of("true", "false", "yes", "no", "on", "off")
                .contains(fm.implicitText().toLowerCase(java.util.Locale.ROOT))) {
            problems.add(2, "front matter implicit: \"" + fm.implicitText() + "\" is not true or false; write implicit: false "
                    + "to make cards only from explicit syntax");
        }
        if (log.on()) {
            if (document.getFirstChild() instanceof org.commonmark.ext.front.matter.YamlFrontMatterBlock y) {
                frontMatterEnd[0] = ExtractionLog.lastLine(y);
            }
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof org.commonmark.node.Heading) headings.add(InlineText.line(n));
            }
        }
        List<ChapterPart> parts = new ChapterSplitter(lines, fileName).split(document, fm);
        List<Deck> decks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        TagCheck tagCheck = new TagCheck(problems);
        for (ChapterPart part : parts) tagCheck.check(part.titleTags(), part.line());
        for (ChapterPart part : parts) {
            List<Domain> domains = domains(part, parts.size() == 1 ? fm : FrontMatter.NONE, problems);
            String name = name(part, fileName);
            String unique = name;
            for (int n = 2; !names.add(unique); n++) unique = name + "-" + n;
            if (!unique.equals(name)) problems.add(part.line(), "chapter " + name + " appears twice in this file; "
                    + "the second is deck " + unique);
            CardSink sink = new CardSink(file, unique, domains, problems);
            boolean authoredClozes = ClozeSyntax.anyIn(part.blocks());
            CardExtractor extractor = new CardExtractor(new Extraction(sink, problems, tagCheck, fm.implicit(), authoredClozes, log, lines));
            extractor.blocks(part.blocks(), 0, Breadcrumbs.chapter(part.title(), part.titleTags()), 0);
            sink.finish();
            if (log.on()) made.addAll(sink.made());
            Deck deck = new Deck(unique, part.number(), part.title(), domains, file, sink.cards());
            decks.add(deck);
        }
        return decks;
    }

    private static String name(ChapterPart part, String fileName) {
        if (part.number() > 0) return "chapter-" + part.number();
        String slug = DeckCatalog.slug(part.title());
        if (slug.isEmpty()) slug = DeckCatalog.slug(fileName.replaceFirst("(?i)\\.(md|markdown)$", ""));
        if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
        return slug.isEmpty() ? "notes" : slug;
    }

    /** Front matter, else domain tags on the chapter title, else the book's default for the chapter. */
    private static List<Domain> domains(ChapterPart part, FrontMatter fm, Problems problems) {
        List<Domain> out = new ArrayList<>();
        for (String d : fm.domains()) {
            Optional<Domain> dom = Domain.parse(d);
            if (dom.isPresent()) {
                if (!out.contains(dom.get())) out.add(dom.get());
            } else {
                problems.add(1, "unknown domain \"" + d + "\" in front matter; domains are " + domainList());
            }
        }
        if (out.isEmpty()) {
            for (String t : part.titleTags()) {
                CardSink.domainTag(t).filter(d -> !out.contains(d)).ifPresent(out::add);
            }
        }
        if (out.isEmpty()) out.addAll(BookChapters.domains(part.number()));
        return out;
    }

    private static String domainList() {
        return TagCheck.domainList();
    }
}
