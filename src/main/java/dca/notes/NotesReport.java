package dca.notes;

import java.util.ArrayList;
import java.util.List;

/** One line on what a notes folder held when it gave no cards: what was read, what was skipped and why. */
public final class NotesReport {
    private static final int NAMED = 3;

    private NotesReport() {}

    public static String whyNoCards(List<ParsedNotes> files) {
        if (files.isEmpty()) return "no Markdown files (.md, .markdown) in it";
        List<String> skipped = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        int empty = 0;
        for (ParsedNotes f : files) {
            if (f.unreadable()) unreadable.add(f.file() + " (" + f.skipped() + ")");
            else if (f.isSkipped()) skipped.add(f.file() + " (" + f.skipped() + ")");
            else if (f.cardCount() == 0) empty++;
        }
        List<String> parts = new ArrayList<>();
        if (!skipped.isEmpty()) parts.add(skipped.size() + " skipped as not notes: " + named(skipped));
        if (!unreadable.isEmpty()) parts.add(unreadable.size() + " unreadable: " + named(unreadable));
        if (empty > 0) parts.add(empty + (empty == 1 ? " file" : " files") + " without a card dca could read");
        return files.size() + (files.size() == 1 ? " Markdown file, " : " Markdown files, ") + String.join("; ", parts);
    }

    private static String named(List<String> files) {
        String shown = String.join(", ", files.subList(0, Math.min(NAMED, files.size())));
        return files.size() > NAMED ? shown + " and " + (files.size() - NAMED) + " more" : shown;
    }
}
