package dca.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a card sits: chapter title › headings › parent bullet or list caption, and the tags
 * inherited from the headings above it. Immutable; each level adds to a copy.
 */
record Breadcrumbs(List<String> path, List<String> tags) {
    private static final int SHORT = 60;

    Breadcrumbs {
        path = List.copyOf(path);
        tags = List.copyOf(tags);
    }

    static Breadcrumbs chapter(String title, List<String> tags) {
        return new Breadcrumbs(title.isBlank() ? List.of() : List.of(title), tags);
    }

    Breadcrumbs with(String crumb, List<String> moreTags) {
        List<String> p = new ArrayList<>(path);
        String s = shorten(crumb);
        if (!s.isEmpty()) p.add(s);
        List<String> t = new ArrayList<>(tags);
        for (String tag : moreTags) if (!t.contains(tag)) t.add(tag);
        return new Breadcrumbs(p, t);
    }

    Breadcrumbs with(String crumb) {
        return with(crumb, List.of());
    }

    /** Without the innermost crumb: the context of the bullet that holds a list. */
    Breadcrumbs parent() {
        return path.size() <= 1 ? this : new Breadcrumbs(path.subList(0, path.size() - 1), tags);
    }

    /** One line, no trailing colon, cut at a word boundary when long. */
    static String shorten(String text) {
        String s = Strings.stripColon(InlineText.oneLine(text));
        if (s.length() <= SHORT) return s;
        int cut = s.lastIndexOf(' ', SHORT);
        return (cut > SHORT / 2 ? s.substring(0, cut) : s.substring(0, SHORT)) + "…";
    }
}
