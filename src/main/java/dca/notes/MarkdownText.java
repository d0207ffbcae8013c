package dca.notes;

import java.util.ArrayList;
import java.util.List;

/** Plain text as Markdown that the notes parser reads back as the same text. */
final class MarkdownText {
    private MarkdownText() {}

    /** One paragraph line: line breaks become spaces, Markdown punctuation is escaped. */
    static String inline(String text) {
        return escape(text.replaceAll("\\s*\n\\s*", " ").strip());
    }

    /** A blockquote's text: its lines stay lines (soft breaks), each behind "> ". */
    static String quote(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.strip().split("\n")) {
            if (!l.isBlank()) lines.add(lines.isEmpty() ? escape(l.strip()) : lineStart(escape(l.strip())));
        }
        return String.join("\n> ", lines);
    }

    /**
     * An answer: its lines stay lines of the {@code A:} paragraph; lines that are list items
     * ("- x", as the parser writes a list that follows an answer) stay list items.
     */
    static String block(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.strip().split("\n")) {
            if (l.isBlank()) continue; // a blank line would end the answer
            String t = l.strip();
            if (!lines.isEmpty() && t.startsWith("- ")) {
                String indent = l.substring(0, l.indexOf('-'));
                lines.add(indent + "- " + escape(t.substring(2).strip()));
            } else {
                lines.add(lines.isEmpty() ? escape(t) : lineStart(escape(t)));
            }
        }
        return String.join("\n", lines);
    }

    /** Keeps a line that starts like a block ("1. ", "+ ", "---") from becoming one. */
    private static String lineStart(String line) {
        if (line.matches("\\d+[.)](\\s.*)?")) {
            int k = 0;
            while (Character.isDigit(line.charAt(k))) k++;
            return line.substring(0, k) + "\\" + line.substring(k);
        }
        if (line.startsWith("+") || line.startsWith("-")) return "\\" + line;
        return line;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#{}=|~&!".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /** A front matter value: plain unless it starts like YAML syntax; dca's reader strips the quotes as they are. */
    static String yaml(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.matches("[\"'\\[{&*!|>%@`#-].*") && !t.contains("\"") ? "\"" + t + "\"" : t;
    }
}
