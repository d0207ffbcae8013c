package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code #tags} written after whitespace at the end of a line ({@code #o1.3}, {@code #networking},
 * {@code #any-word}) and removes them from the text. {@code #1} is never a tag; inline code is rendered
 * in backticks so a {@code #} inside code never sits at a line end.
 */
final class TagParser {
    private static final Pattern TRAILING = Pattern.compile("(?:^|[ \\t])#([A-Za-z][A-Za-z0-9._-]*?)[.]?[ \\t]*$");

    private static final Pattern OBJECTIVE = Pattern.compile("o\\d+\\.\\d+");

    private TagParser() {}

    record Tagged(String text, List<String> tags) {}

    /** Strips trailing tags from every line, so a question line may carry them too. */
    static Tagged split(String text) {
        if (text.indexOf('#') < 0) return new Tagged(text.strip(), List.of());
        List<String> tags = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            List<String> found = new ArrayList<>();
            while (line.indexOf('#') >= 0) {
                Matcher m = TRAILING.matcher(line);
                if (!m.find()) break;
                found.add(0, m.group(1).toLowerCase(Locale.ROOT));
                line = line.substring(0, m.start()).stripTrailing();
            }
            for (String t : found) if (!tags.contains(t)) tags.add(t);
            if (i > 0) out.append('\n');
            out.append(line);
        }
        return new Tagged(out.toString().strip(), tags);
    }

    static boolean isObjective(String tag) {
        return OBJECTIVE.matcher(tag).matches();
    }
}
