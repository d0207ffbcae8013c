package dca.notes;

import java.util.regex.Pattern;

/** The false-positive guards: sections, captions and items that are not study material. */
final class Guards {
    /** Meetings anywhere in a heading; resource and to-do sections when that is all the heading says. */
    private static final Pattern SKIPPED_HEADING = Pattern.compile(
            "(?i).*\\b(meeting|meetings|minutes|attendees)\\b.*"
                    + "|\\W*(useful |helpful |external |more )?(links|resources|references|reading list|further reading"
                    + "|see also|todo|todos|to-do|to do|action items|next steps|agenda|housekeeping)\\W*");
    private static final Pattern SKIPPED_CAPTION = Pattern.compile(
            "(?i)\\W*(todo|to-do|to do|fixme|action items|next steps|agenda|attendees)\\b.*"
                    + "|\\W*(useful |helpful |external |more )?(links|resources|references|see also|further reading)\\W*");
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
        return Strings.words(t);
    }
}
