package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Finds the chapters in one file, by the first rule that applies: front matter {@code chapter:};
 * two or more chapter headings ({@code ## Chapter N - Title}, or numbered headings that name the
 * book's chapters); a numbered first heading; a number in the file name; a top-level ordered list
 * whose items are chapters (the number written on an item wins, items all marked {@code 1.} count
 * by position); the file's folder ({@code 03-images/notes.md}); else the whole file is one
 * unnumbered deck. Numbered headings that do not name chapters ({@code ## 1. Volume basics}) are
 * sections of the one chapter the file is.
 */
final class ChapterSplitter {
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(\\d{1,9})[.)]");
    /** File names that say nothing of their chapter: the folder says it ({@code Networking/README.md}). */
    private static final Pattern GENERIC_FILE = Pattern.compile("(?i)(readme|index|notes?|summary|main|home)\\.(md|markdown)");

    private final String[] lines;
    private final String fileName;
    private final Folders folders;

    ChapterSplitter(String[] lines, String fileName) {
        this(lines, fileName, Folders.NONE);
    }

    ChapterSplitter(String[] lines, String fileName, Folders folders) {
        this.lines = lines;
        this.fileName = fileName;
        this.folders = folders;
    }

    List<ChapterPart> split(Node document, FrontMatter fm) {
        List<Node> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof YamlFrontMatterBlock)) blocks.add(n);
        }
        Heading first = null;
        List<Heading> headings = new ArrayList<>();
        java.util.Map<Heading, String> texts = new java.util.IdentityHashMap<>();
        for (Node n : blocks) {
            if (n instanceof Heading h) {
                if (first == null) first = h;
                headings.add(h);
                texts.put(h, headingText(h));
            }
        }
        java.util.Set<Heading> numbered = numberedSections(headings, texts);
        List<Heading> chapterHeadings = new ArrayList<>();
        for (Heading h : headings) {
            if (!numbered.contains(h) && ChapterTitle.parse(texts.get(h)).isPresent()) chapterHeadings.add(h);
        }
        if (fm.chapter() != null) return List.of(single(fm.chapter(), null, blocks, first, fm, numbered));
        // Several chapters only when the headings name different numbers ("## Chapter 5 summary" is a section).
        long numbers = chapterHeadings.stream().map(h -> ChapterTitle.parse(headingText(h)).orElseThrow().number()).distinct().count();
        if (numbers >= 2) return byHeadings(blocks, chapterHeadings);
        if (first != null && !numbered.contains(first)) {
            String firstText = headingText(first);
            Optional<ChapterTitle> ct = ChapterTitle.parse(firstText).filter(t -> isChapter(t, firstText));
            if (ct.isPresent()) return List.of(single(ct.get().number(), ct.get().title(), blocks, first, fm, numbered));
        }
        Optional<ChapterTitle> fromName = ChapterTitle.fromFileName(fileName).filter(t -> isChapter(t, fileName));
        if (fromName.isPresent()) {
            return List.of(single(fromName.get().number(), fromName.get().title(), blocks, first, fm, numbered));
        }
        boolean titled = first != null && first.getLevel() == 1;
        Optional<ChapterTitle> fromFolder = folders.chapter();
        for (Node n : blocks) {
            // A file whose folder already makes it one chapter splits only on a list of the book's chapters.
            if (n instanceof OrderedList list && looksLikeChapterList(list, titled || fromFolder.isPresent())) {
                return byListItems(list);
            }
        }
        if (fromFolder.isPresent()) {
            ChapterPart part = single(fromFolder.get().number(), fromFolder.get().title(), blocks, first, fm, numbered);
            return List.of(part.fromFolder());
        }
        return List.of(single(0, null, blocks, first, fm, numbered));
    }

    /** A number that counts chapters, not the exam's domains ({@code 04-networking.md} is domain 4's notes). */
    private static boolean isChapter(ChapterTitle ct, String text) {
        return ChapterTitle.hasChapterWord(text) || !DomainNames.isDomainNumber(ct.number(), ct.title());
    }

    /**
     * Headings numbered like sections ({@code ## 1. Volume basics}, {@code ## 2. Bind mounts}): a
     * leading number without the word chapter, on a heading that shares its level with another such
     * heading, when most of them do not name one of the book's chapters. They never start a chapter.
     */
    private static java.util.Set<Heading> numberedSections(List<Heading> headings, java.util.Map<Heading, String> texts) {
        List<List<Heading>> byLevel = new ArrayList<>();
        int[] book = new int[7];
        for (int level = 0; level <= 6; level++) byLevel.add(new ArrayList<>());
        for (Heading h : headings) {
            String text = texts.get(h);
            Optional<ChapterTitle> ct = ChapterTitle.parse(text);
            if (ct.isEmpty() || ChapterTitle.hasChapterWord(text)) continue;
            int level = Math.min(6, Math.max(0, h.getLevel()));
            byLevel.get(level).add(h);
            if (BookChapters.isChapterTitle(ct.get().title())) book[level]++;
        }
        java.util.Set<Heading> out = new java.util.HashSet<>(); // nodes compare by identity
        for (int level = 0; level <= 6; level++) {
            List<Heading> atLevel = byLevel.get(level);
            if (atLevel.size() >= 2 && book[level] * 2 < atLevel.size()) out.addAll(atLevel);
        }
        return out;
    }

    /** Tags stripped; the heading's own text. */
    static String headingText(Heading h) {
        return TagParser.split(InlineText.oneLine(InlineText.of(h))).text();
    }

    private ChapterPart single(int number, String fallbackTitle, List<Node> blocks, Heading first, FrontMatter fm,
                               java.util.Set<Heading> sections) {
        // The first heading is the chapter's title when it opens the file or is a top-level heading,
        // unless it is the first of the file's numbered sections.
        Heading titleHeading = first != null && !sections.contains(first)
                && (first.getLevel() == 1 || blocks.get(0) == first) ? first : null;
        List<String> tags = titleHeading == null ? List.of() : TagParser.split(InlineText.oneLine(InlineText.of(titleHeading))).tags();
        String title = fm.title();
        if (title == null && titleHeading != null) {
            String text = headingText(titleHeading);
            Optional<ChapterTitle> ct = ChapterTitle.parse(text);
            title = ct.isPresent() ? ct.get().title() : text;
        }
        if (title == null || title.isBlank()) title = fallbackTitle;
        if (title == null || title.isBlank()) title = number > 0 ? BookChapters.title(number) : "";
        if (title.isBlank() && GENERIC_FILE.matcher(fileName).matches()) title = folders.title().orElse("");
        if (title.isBlank()) {
            title = fileName.replaceFirst("(?i)\\.(md|markdown)$", "").replaceAll("[-_]+", " ").strip();
        }
        List<Node> body = new ArrayList<>(blocks);
        if (titleHeading != null) body.remove(titleHeading);
        int line = titleHeading != null ? InlineText.line(titleHeading) : 1;
        return new ChapterPart(number, title, tags, line, body);
    }

    private List<ChapterPart> byHeadings(List<Node> blocks, List<Heading> chapterHeadings) {
        List<ChapterPart> parts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Heading h) || !chapterHeadings.contains(h)) continue;
            ChapterTitle ct = ChapterTitle.parse(headingText(h)).orElseThrow();
            List<Node> body = new ArrayList<>();
            int j = i + 1;
            for (; j < blocks.size(); j++) {
                Node n = blocks.get(j);
                if (n instanceof Heading next && (next.getLevel() <= h.getLevel() || chapterHeadings.contains(next))) break;
                body.add(n);
            }
            List<String> tags = TagParser.split(InlineText.oneLine(InlineText.of(h))).tags();
            parts.add(new ChapterPart(ct.number(), ct.title(), tags, InlineText.line(h), body));
            i = j - 1;
        }
        return parts;
    }

    /**
     * A list of chapters, not a list of steps: at least two items with short title-like first lines,
     * most of them naming a chapter of the book; or, in a file without a title of its own, three or
     * more items that all carry nested notes.
     */
    private boolean looksLikeChapterList(OrderedList list, boolean fileHasTitle) {
        int titled = 0;
        int withNotes = 0;
        int bookTitles = 0;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item) || !(item.getFirstChild() instanceof Paragraph p)) continue;
            if (InlineText.isLinkOnly(p)) continue;
            String title = itemTitle(p);
            if (title.isEmpty() || Guards.words(title) > 8 || title.endsWith(".") || title.endsWith("?") || title.endsWith("!")) continue;
            titled++;
            if (p.getNext() != null) withNotes++;
            if (BookChapters.isChapterTitle(title) || ChapterTitle.parse(title).isPresent()) bookTitles++;
        }
        return titled >= 2 && (bookTitles * 2 >= titled || !fileHasTitle && titled >= 3 && withNotes == titled);
    }

    private static String itemTitle(Paragraph p) {
        String t = TagParser.split(InlineText.oneLine(InlineText.of(p))).text();
        return Strings.stripColon(t);
    }

    private List<ChapterPart> byListItems(OrderedList list) {
        List<ChapterPart> parts = new ArrayList<>();
        int position = 0;
        int previous = 0;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof ListItem item)) continue;
            position++;
            int literal = literalNumber(item);
            // "1." on a later item is a lazy marker: count by position; any other number is meant.
            int number = literal <= 0 || (literal == 1 && position > 1) ? previous + 1 : literal;
            if (number > 999) number = previous + 1;
            previous = number;
            if (!(item.getFirstChild() instanceof Paragraph p) || InlineText.isLinkOnly(p)) continue;
            String title = itemTitle(p);
            List<String> tags = TagParser.split(InlineText.oneLine(InlineText.of(p))).tags();
            Optional<ChapterTitle> ct = ChapterTitle.parse(title);
            if (ct.isPresent()) {
                number = ct.get().number();
                title = ct.get().title();
                previous = number;
            }
            List<Node> body = new ArrayList<>();
            for (Node c = p.getNext(); c != null; c = c.getNext()) body.add(c);
            parts.add(new ChapterPart(number, title, tags, InlineText.line(item), body));
        }
        return parts;
    }

    private int literalNumber(ListItem item) {
        int line = InlineText.line(item) - 1;
        if (line < 0 || line >= lines.length) return -1;
        Matcher m = ITEM_NUMBER.matcher(lines[line]);
        if (!m.find()) return -1;
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
