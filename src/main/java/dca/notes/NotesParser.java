package dca.notes;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
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
        return DeckAssembly.assemble(List.of(read(text, file, Folders.NONE, false))).get(0);
    }

    /**
     * Parses like {@link #parse} and says, line by line, which lines became which cards (and by
     * which rule) and which content lines made none: what {@code dca check --explain} prints.
     */
    public static Explanation explain(String text, String file) {
        NotesFile f = read(text, file, Folders.NONE, false);
        ExtractionLog log = new ExtractionLog();
        ParsedNotes parsed = DeckAssembly.assemble(List.of(f), log).get(0);
        List<Integer> headings = new ArrayList<>();
        int frontMatterEnd = 0;
        for (Node n = f.document.getFirstChild(); n != null; n = n.getNext()) {
            // A heading, or a rule (---) between questions, is structure: never a line that "made no card".
            if (n instanceof org.commonmark.node.Heading || n instanceof org.commonmark.node.ThematicBreak) headings.add(InlineText.line(n));
            if (n instanceof YamlFrontMatterBlock y) frontMatterEnd = ExtractionLog.lastLine(y);
        }
        return log.explain(parsed, f.lines, headings, frontMatterEnd);
    }

    /**
     * Reads one file into chapters. {@code judgePage}: a file found in a notes folder, which is
     * skipped when it is not study notes (a page of links, a checklist; see {@link NotesPage}).
     */
    static NotesFile read(String text, String file, Folders folders, boolean judgePage) {
        Problems problems = new Problems(file);
        String fileName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        String clean = NotesText.clean(text == null ? "" : text);
        String[] lines = clean.split("\n", -1);
        try {
            Node document = clean.isBlank() ? new Document() : PARSER.parse(clean);
            String mended = UnclosedFence.mend(document, lines, problems);
            if (mended != null) {
                clean = mended;
                lines = clean.split("\n", -1);
                document = PARSER.parse(clean);
            }
            String skipped = judgePage ? NotesPage.notNotes(document, fileName) : null;
            if (skipped != null || clean.isBlank()) {
                return new NotesFile(file, folders, lines, document, List.of(), FrontMatter.NONE, List.of(), problems, skipped);
            }
            FrontMatter fm = FrontMatter.of(document);
            if (fm.chapterText() != null && fm.chapter() == null) {
                problems.add(2, "front matter chapter: \"" + fm.chapterText() + "\" is not a chapter number; write e.g. chapter: 5");
            }
            if (fm.implicitText() != null && !List.of("true", "false", "yes", "no", "on", "off")
                    .contains(fm.implicitText().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(2, "front matter implicit: \"" + fm.implicitText() + "\" is not true or false; write implicit: false "
                        + "to make cards only from explicit syntax");
            }
            UnclosedFence.check(document, problems);
            List<Node> blocks = new ArrayList<>();
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof YamlFrontMatterBlock)) blocks.add(n);
            }
            List<ChapterPart> parts = new ChapterSplitter(lines, fileName, folders).split(document, fm);
            return new NotesFile(file, folders, lines, document, blocks, fm, parts, problems, null);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(0, INTERNAL + " file (" + e.getClass().getSimpleName() + "); please report it");
            return new NotesFile(file, folders, lines, new Document(), List.of(), FrontMatter.NONE, List.of(), problems, null);
        }
    }
}
