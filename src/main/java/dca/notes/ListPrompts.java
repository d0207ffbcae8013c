package dca.notes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a list card may ask with and list: a caption of at least two words that say something ("Works
 * on", "NOT", "process" alone say nothing, and take the heading or bullet above them, or make no
 * card), and items that are not the file's own table of contents (items that come back as headings
 * further down are an outline, not a list to recall).
 */
final class ListPrompts {
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "on", "in", "for", "to", "with", "and", "or", "by",
            "from", "at", "as", "is", "are", "works", "work", "it", "this", "that", "these", "those", "not", "also", "some", "more",
            "other", "etc", "e.g", "i.e", "can", "be", "used", "use", "uses", "here", "there", "below", "above", "following");

    private ListPrompts() {}

    /** The caption as a prompt; a caption of one meaningful word asks with the crumb above it; null when nothing fits. */
    static String prompt(String caption, Breadcrumbs ctx) {
        String c = Strings.stripColon(caption);
        if (c.isEmpty()) return null;
        int meaningful = meaningful(c);
        if (meaningful >= 2) return c;
        if (meaningful == 0) return null;
        String p = TermChildren.prompt(c, ctx);
        if (p != null && !p.equals(c)) return p;
        List<String> path = ctx.path();
        // Under a chapter's own section, the chapter's title says what "Workers" are of.
        if (path.isEmpty()) return null;
        String above = path.get(path.size() - 1);
        if (Guards.isGenericHeading(above) || Strings.words(above) > HeadingDefinition.MAX_TERM_WORDS || above.equalsIgnoreCase(c)) return null;
        return above + ": " + c.toLowerCase(Locale.ROOT);
    }

    private static int meaningful(String caption) {
        int n = 0;
        for (String w : caption.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (w.length() > 1 && !FILLER.contains(w)) n++;
        }
        return n;
    }

    /** True when most items are headings further down the file: a table of contents. */
    static boolean outline(List<String> names, Extraction x) {
        if (names.size() < 2 || names.stream().allMatch(n -> Strings.words(n) < 2)) return false;
        // Named things ("AppArmor", "Control groups (cgroups)") are worth listing even when each has its section.
        if (names.stream().filter(ListPrompts::plainWords).count() * 2 <= names.size()) return false;
        Set<String> headings = headings(x);
        Set<String> firstWords = new HashSet<>();
        for (String h : headings) firstWords.add(Strings.firstWord(h));
        int found = 0;
        for (String n : names) {
            String k = key(n);
            String first = Strings.firstWord(k);
            if (headings.contains(k) || first.length() >= 4 && firstWords.contains(first)) found++;
        }
        return found * 2 > names.size();
    }

    /** An item of plain lower-case words ("interactive commands"): a topic, not a name. */
    private static boolean plainWords(String item) {
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c) || c == '`' || c == '-' && i > 0) return false;
        }
        return true;
    }

    /** Items that each head a nested list are the titles of an outline, not a list of things. */
    static boolean sectionTitles(List<org.commonmark.node.ListItem> items) {
        int nested = 0;
        for (org.commonmark.node.ListItem item : items) {
            for (org.commonmark.node.Node n = item.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof org.commonmark.node.ListBlock) {
                    nested++;
                    break;
                }
            }
        }
        return nested * 2 >= items.size() && nested >= 2;
    }

    /** "The high level steps", "Here's a summary of the Dockerfile": a walkthrough's outline. */
    private static final java.util.regex.Pattern WALKTHROUGH = java.util.regex.Pattern.compile(
            "(?i).*\\b(?:high[- ]level steps|here(?:'s| is| are)|summary of the|we (?:will|did|need)|let's|the following steps"
                    + "|steps (?:we|to follow)|what we)\\b.*");

    static boolean walkthrough(String caption) {
        return WALKTHROUGH.matcher(caption).matches();
    }

    private static Set<String> headings(Extraction x) {
        Set<String> out = new HashSet<>();
        boolean fence = false;
        for (String l : x.lines()) {
            String t = l.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) fence = !fence;
            if (fence || !t.startsWith("#")) continue;
            out.add(key(t.replaceFirst("^#+\\s*", "")));
        }
        return out;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
