package dca.cli.text;

import java.util.ArrayList;
import java.util.List;

/** Word wrap for the drill screen; a word longer than the width is broken. */
public final class Wrap {
    private Wrap() {}

    public static List<String> lines(String text, int width, String indent) {
        int room = Math.max(10, width - indent.length());
        List<String> out = new ArrayList<>();
        for (String para : text.replace("\r", "").split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                while (word.length() > room) {
                    if (line.length() > 0) {
                        out.add(indent + line);
                        line.setLength(0);
                    }
                    out.add(indent + word.substring(0, room));
                    word = word.substring(room);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                    out.add(indent + line);
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            out.add(indent + line);
        }
        return out;
    }

    /** The text up to its first line break. */
    public static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
