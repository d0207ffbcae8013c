package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;

/**
 * The optional YAML front matter of a chapter file: {@code chapter:}, {@code title:}, {@code domains:},
 * and {@code implicit: false}, which keeps only the explicit syntax (no cards guessed from plain notes).
 */
record FrontMatter(Integer chapter, String title, List<String> domains, String chapterText, boolean implicit,
                   String implicitText) {
    static final FrontMatter NONE = new FrontMatter(null, null, List.of(), null, true, null);

    static FrontMatter of(Node document) {
        Node first = document.getFirstChild();
        if (!(first instanceof YamlFrontMatterBlock)) return NONE;
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        first.accept(visitor);
        Map<String, List<String>> data = visitor.getData();
        String chapterText = value(data, "chapter");
        Integer chapter = null;
        if (chapterText != null) {
            String digits = chapterText.replaceAll("[^0-9]", "");
            if (!digits.isEmpty() && digits.length() <= 3) chapter = Integer.parseInt(digits);
            if (chapter != null && chapter <= 0) chapter = null;
        }
        String title = value(data, "title");
        List<String> domains = new ArrayList<>();
        for (String key : List.of("domains", "domain", "tags")) {
            for (String v : data.getOrDefault(key, List.of())) {
                // Flow style "[a, b]" arrives as one value.
                for (String part : v.replaceAll("[\\[\\]\"']", "").split(",")) {
                    String p = part.strip().toLowerCase(Locale.ROOT);
                    if (p.startsWith("#")) p = p.substring(1);
                    if (!p.isEmpty()) domains.add(p);
                }
            }
        }
        String implicitText = value(data, "implicit");
        boolean implicit = implicitText == null || !List.of("false", "no", "off").contains(implicitText.toLowerCase(Locale.ROOT));
        return new FrontMatter(chapter, title == null || title.isBlank() ? null : title.strip(), domains, chapterText,
                implicit, implicitText);
    }

    private static String value(Map<String, List<String>> data, String key) {
        List<String> v = data.get(key);
        if (v == null || v.isEmpty()) return null;
        String s = v.get(0).strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
