package dca.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Question banks that keep their answers in a file of their own ({@code answers.md} beside
 * {@code multiple-choice.md}): the key file is found in the same folder by its name or title, and
 * belongs to the bank it links to or names, or to every file of the folder when it is the only key.
 */
final class AnswerKeys {
    private AnswerKeys() {}

    static void linkSiblings(List<NotesFile> files) {
        Map<String, List<NotesFile>> byFolder = new LinkedHashMap<>();
        for (NotesFile f : files) byFolder.computeIfAbsent(f.folderKey(), k -> new ArrayList<>()).add(f);
        for (List<NotesFile> folder : byFolder.values()) {
            List<NotesFile> keyFiles = new ArrayList<>();
            List<AnswerKey> keys = new ArrayList<>();
            for (NotesFile f : folder) {
                if (!AnswerKey.isKeyName(f.stem()) && !AnswerKey.isKeyName(title(f))) continue;
                AnswerKey key = AnswerKey.parse(f.lines, 0, f.lines.length);
                if (key.size() >= 2) {
                    keyFiles.add(f);
                    keys.add(key);
                }
            }
            if (keyFiles.isEmpty()) continue;
            for (NotesFile f : folder) {
                if (keyFiles.contains(f)) continue;
                AnswerKey mine = AnswerKey.NONE;
                for (int k = 0; k < keyFiles.size(); k++) {
                    if (names(keyFiles.get(k), f)) mine = mine.or(keys.get(k));
                }
                if (mine.isEmpty() && keyFiles.size() == 1) mine = keys.get(0);
                f.siblingKey = mine;
            }
        }
    }

    /** The key file links to the bank ({@code [questions](./multiple-choice.md)}) or carries its name. */
    private static boolean names(NotesFile key, NotesFile bank) {
        String stem = bank.stem().toLowerCase(Locale.ROOT);
        if (key.stem().toLowerCase(Locale.ROOT).contains(stem)) return true;
        for (String line : key.lines) if (line.contains(bank.fileName)) return true;
        return false;
    }

    private static String title(NotesFile f) {
        for (Node n : f.blocks) if (n instanceof Heading h) return InlineText.oneLine(InlineText.of(h));
        return "";
    }
}
