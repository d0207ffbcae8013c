package dca.notes;

import java.util.List;
import org.commonmark.node.Node;

/**
 * One chapter found in a file: its number (0 when none), title, the tags written on its title,
 * the line it starts on and the blocks that hold its notes. {@code numberFromFolder}: the file said
 * nothing of its chapter and its folder did ({@code 03-images/notes.md}), so the other files of
 * that folder are parts of the same chapter.
 */
record ChapterPart(int number, String title, List<String> titleTags, int line, List<Node> blocks, boolean numberFromFolder) {
    ChapterPart {
        titleTags = List.copyOf(titleTags);
        blocks = List.copyOf(blocks);
    }

    ChapterPart(int number, String title, List<String> titleTags, int line, List<Node> blocks) {
        this(number, title, titleTags, line, blocks, false);
    }

    ChapterPart fromFolder() {
        return new ChapterPart(number, title, titleTags, line, blocks, true);
    }
}
