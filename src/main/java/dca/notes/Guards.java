package dca.notes;

import java.util.regex.Pattern;

/** The false-positive guards: sections, captions and items that are not study material. */
final class Guards {
    private static final Pattern SKIPPED_HEADING = Pattern.compile(
            "(?i).*\\b(meeting|meetings|minutes|agenda|resources|references|links|further reading|reading list"
                    + "|todo|to-do|to do|action items|next steps|housekeeping|attendees)\\b.*");
    private static final Pattern SKIPPED_CAPTION = Pattern.compile(
            "(?i)^\\W*(todo|to-do|to do|fixme|action items|next steps|agenda|resources|references|links|see also"
                    + "|further reading|attendees)\\b.*");
    private static final Pattern TODO_ITEM = Pattern.compile("(?i)^\\W*(todo|to-do|fixme|tbd|wip)\\b.*", Pattern.DOTALL);

    private Guards() {}

    static boolean isSkippedHeading(String text) {
        return SKIPPED_HEADING.matcher(text).matches();
    }

    static boolean isSkippedCaption(String text) {
        return SKIPPED_CAPTION.matcher(text).matches();
    }

    static boolean isTodo(String text) {
        return TODO_ITEM.matcher(text).matches();
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
