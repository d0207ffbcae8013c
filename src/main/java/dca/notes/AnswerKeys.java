package dca.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        linkFolders(files);
        linkLinked(files);
    }

    private static final Pattern MD_LINK = Pattern.compile("\\]\\(\\s*<?([^)>#\\s]+\\.(?:md|markdown))>?(?:#[^)]*)?\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A bank that links its key wherever it lies ({@code Answers: [answers/06-storage-answers.md](answers/…)}),
     * or whose key sits in a folder below it and carries its name: that key is the bank's first.
     */
    private static void linkLinked(List<NotesFile> files) {
        Map<String, NotesFile> byPath = new LinkedHashMap<>();
        for (NotesFile f : files) byPath.put(path(f), f);
        Map<NotesFile, AnswerKey> keys = new LinkedHashMap<>();
        for (NotesFile f : files) {
            if (!AnswerKey.isKeyName(f.stem()) && !AnswerKey.isKeyName(title(f))) continue;
            AnswerKey key = AnswerKey.parse(f.lines, 0, f.lines.length);
            if (!key.isEmpty()) keys.put(f, key);
        }
        if (keys.isEmpty()) return;
        for (NotesFile f : files) {
            if (keys.containsKey(f)) continue;
            AnswerKey mine = AnswerKey.NONE;
            for (String line : f.lines) {
                if (!line.contains("](")) continue;
                Matcher m = MD_LINK.matcher(line);
                while (m.find()) {
                    NotesFile target = byPath.get(resolve(f.folderKey(), m.group(1)));
                    if (target != null && keys.containsKey(target)) {
                        mine = mine.or(keys.get(target));
                        target.answersFor = f.file;
                    }
                }
            }
            for (Map.Entry<NotesFile, AnswerKey> k : keys.entrySet()) {
                String folder = k.getKey().folderKey();
                boolean below = !folder.equals(f.folderKey()) && folder.startsWith(f.folderKey().isEmpty() ? "" : f.folderKey() + "/");
                if (below && names(k.getKey(), f)) {
                    mine = mine.or(k.getValue());
                    k.getKey().answersFor = f.file;
                }
            }
            if (!mine.isEmpty()) f.siblingKey = mine.or(f.siblingKey);
        }
    }

    private static String path(NotesFile f) {
        return f.folderKey().isEmpty() ? f.fileName : f.folderKey() + "/" + f.fileName;
    }

    /** {@code answers/x.md} or {@code ../answers/x.md} from a file in {@code folder}, as a path in the notes root. */
    private static String resolve(String folder, String link) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        if (!folder.isEmpty()) for (String p : folder.split("/")) parts.addLast(p);
        for (String p : java.net.URLDecoder.decode(link.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8).split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    private static void linkFolders(List<NotesFile> files) {
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
        if (stem.length() < 3) return false;
        if (key.stem().toLowerCase(Locale.ROOT).contains(stem)) return true;
        for (String line : key.lines) if (line.contains(bank.fileName)) return true;
        return false;
    }

    private static String title(NotesFile f) {
        for (Node n : f.blocks) if (n instanceof Heading h) return InlineText.oneLine(InlineText.of(h));
        return "";
    }
}
