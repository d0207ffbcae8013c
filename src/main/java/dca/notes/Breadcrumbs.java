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

    /** One line, no trailing colon, cut at a word boundary when long. */
    static String shorten(String text) {
        String s = InlineText.oneLine(text).replaceFirst("[\\s:]+$", "");
        if (s.length() <= SHORT) return s;
        int cut = s.lastIndexOf(' ', SHORT);
        return (cut > SHORT / 2 ? s.substring(0, cut) : s.substring(0, SHORT)) + "…";
    }
}
