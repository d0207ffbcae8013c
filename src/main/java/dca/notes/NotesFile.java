package dca.notes;

import java.util.List;
import org.commonmark.node.Node;

/**
 * One notes file read and split into chapters, before its cards are made: the cards' ids depend on
 * the deck names, which are settled across all the files of a folder first.
 */
final class NotesFile {
    final String file;
    final String fileName;
    final Folders folders;
    final String[] lines;
    final Node document;
    final List<Node> blocks;
    final FrontMatter fm;
    final List<ChapterPart> parts;
    final Problems problems;
    final TagCheck tagCheck;
    /** Why the file is not read as notes; null when it is. */
    final String skipped;
    /** Answers to this file's questions kept in another file of its folder ({@code answers.md}). */
    AnswerKey siblingKey = AnswerKey.NONE;
    /** The bank whose answers this file holds, when a bank of the folder took them; it makes no deck then. */
    String answersFor;

    NotesFile(String file, Folders folders, String[] lines, Node document, List<Node> blocks, FrontMatter fm,
              List<ChapterPart> parts, Problems problems, String skipped) {
        this.file = file;
        this.fileName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        this.folders = folders;
        this.lines = lines;
        this.document = document;
        this.blocks = List.copyOf(blocks);
        this.fm = fm;
        this.parts = List.copyOf(parts);
        this.problems = problems;
        this.tagCheck = new TagCheck(problems);
        this.skipped = skipped;
    }

    /** Why the file makes no deck: not notes, or an answer key that a bank has read; null when it makes decks. */
    String skipReason() {
        if (skipped != null) return skipped;
        return answersFor == null ? null : "an answer key: its answers are on the choice cards of " + answersFor;
    }

    String stem() {
        return fileName.replaceFirst("(?i)\\.(md|markdown)$", "");
    }

    /** The folder path inside the notes root, for telling which files are neighbours. */
    String folderKey() {
        return String.join("/", folders.names());
    }
}
