package dca.notes;

import java.util.List;
import org.commonmark.node.Node;

/**
 * One chapter found in a file: its number (0 when none), title, the tags written on its title,
 * the line it starts on and the blocks that hold its notes.
 */
record ChapterPart(int number, String title, List<String> titleTags, int line, List<Node> blocks) {
    ChapterPart {
        titleTags = List.copyOf(titleTags);
        blocks = List.copyOf(blocks);
    }
}
