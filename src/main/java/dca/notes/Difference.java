package dca.notes;

import dca.deck.BasicCard;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * An "X vs Y" or "difference between X and Y" section (a heading, or a bullet with nested bullets)
 * makes a difference card: "What is the difference between X and Y?", the section's text as the
 * answer. The section's own lines still make their own cards.
 */
final class Difference implements Rule {
    private static final Pattern VS = Pattern.compile("(?i)^(.{1,60}?)\\s+(?:vs\\.?|versus|v\\.)\\s+(.{1,60}?)[?:.]?$");
    private static final Pattern BETWEEN = Pattern.compile("(?i)^.*?differences?\\s+between\\s+(.{1,60}?)\\s+(?:and|vs\\.?|versus)\\s+(.{1,60}?)[?:.]?$");

    /** "Ingress vs host mode", "Difference between COPY and ADD": a heading that compares two things. */
    static boolean compares(String heading) {
        String h = heading.strip();
        return VS.matcher(h).matches() || BETWEEN.matcher(h).matches();
    }
    private static final int MAX_SIDE_WORDS = 6;
    private static final int MAX_LINES = 10;
    private static final int MAX_WORDS = 150;

    @Override
    public String name() {
        return "difference";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        String title;
        Paragraph first = null;
        if (b.node() instanceof Heading h) {
            title = TagParser.split(InlineText.oneLine(InlineText.of(h))).text();
        } else if (b.node() instanceof ListItem item && item.getFirstChild() instanceof Paragraph p) {
            title = InlineText.oneLine(TagParser.split(InlineText.of(p)).text());
            first = p;
        } else {
            return Outcome.PASS;
        }
        String[] sides = sides(title);
        if (sides == null) return Outcome.PASS;
        List<Node> section = new ArrayList<>();
        if (first != null) {
            for (Node n = first.getNext(); n != null; n = n.getNext()) section.add(n);
        } else {
            int level = ((Heading) b.node()).getLevel();
            for (int i = b.index() + 1; i < b.siblings().size(); i++) {
                Node n = b.siblings().get(i);
                if (n instanceof Heading next && next.getLevel() <= level) break;
                section.add(n);
            }
        }
        // A section written as explicit cards already asks what the author wanted asked.
        if (Authored.anyIn(section)) return Outcome.miss("the section's own cards already say it");
        List<String> lines = new ArrayList<>();
        for (Node n : section) text(n, lines);
        if (lines.isEmpty()) return Outcome.miss("\"" + title + "\" has nothing under it to say the difference");
        int words = lines.stream().mapToInt(Strings::words).sum();
        if (lines.size() > MAX_LINES || words > MAX_WORDS) {
            return Outcome.miss("the section under \"" + title + "\" is too long for one answer (" + words + " words)");
        }
        String prompt = "What is the difference between " + (sides.length == 2 ? sides[0] + " and " + sides[1]
                : String.join(", ", java.util.Arrays.asList(sides).subList(0, sides.length - 1)) + " and " + sides[sides.length - 1]) + "?";
        x.sink().offerBasic(BasicCard.Origin.TERM, prompt, String.join("\n", lines), b.ctx(), b.line(), List.of());
        // The heading or bullet still gives context; what is under it is read as usual.
        return b.node() instanceof Heading ? Outcome.claimed(1) : Outcome.claimedAndDescend();
    }

    /** The two things compared, or null when the title compares nothing. */
    static String[] sides(String title) {
        String lower = title.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("vs") && !lower.contains("versus") && !lower.contains("v.") && !lower.contains("differen")) return null;
        String t = Strings.stripTrailing(title.strip(), " \t:?.");
        // "State the differences between A vs B": the sides are what follows "between".
        Matcher m = BETWEEN.matcher(t);
        if (!m.matches()) m = VS.matcher(t);
        if (!m.matches()) return null;
        String a = m.group(1).replaceFirst("(?i)^(?:the\\s+)?differences?\\s+(?:between\\s+)?", "").strip();
        // "A vs B vs. C" compares three.
        List<String> sides = new ArrayList<>(List.of(a));
        for (String part : m.group(2).strip().split("(?i)\\s+(?:vs\\.?|versus)\\s+")) sides.add(part.strip());
        for (String side : sides) if (side.isEmpty() || Strings.words(side) > MAX_SIDE_WORDS) return null;
        return sides.toArray(new String[0]);
    }

    private static final Pattern MARKS = Pattern.compile("\\{\\{(.+?)}}|==([^=\\n]+)==");

    private static String plain(String text) {
        return MARKS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
    }

    private static void text(Node n, List<String> lines) {
        if (n instanceof Paragraph p) {
            String t = InlineText.oneLine(TagParser.split(InlineText.of(p)).text());
            if (!t.isEmpty() && !InlineText.isLinkOnly(p)) lines.add(plain(t));
        } else if (n instanceof ListBlock list && !ChoiceSyntax.isTaskList(list)) {
            for (ListItem item : Enumeration.items(list)) {
                if (item.getFirstChild() instanceof Paragraph p && !InlineText.isLinkOnly(p)) {
                    lines.add("- " + plain(InlineText.oneLine(TagParser.split(InlineText.of(p)).text())));
                }
            }
        }
    }
}
