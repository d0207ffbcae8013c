package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline enumeration after a colon ("restart policies: `always`, `unless-stopped`, `on-failure`")
 * makes a list card: the caption is the prompt, the 3–12 short items the answer.
 */
final class InlineList implements SentenceRule {
    private static final Pattern CAPTIONED = Pattern.compile("^([^:]{3,100}?):\\s+(.+?)[.;]?$");
    /** Commas, and "and" or "or" only before the last item. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+(?=[^,]*$)");
    /** A copula with words after it: the caption states something instead of naming the list. */
    private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(?:is|are|was|were|has|have|gets?)\\b\\s+\\S");
    private static final Pattern GENERIC_HEAD = Pattern.compile("(?i)\\b(?:order|ways?|things?|stuff|ones|ideas?|points?)\\s*$");
    private static final Pattern VERB_IN_ITEM = Pattern.compile("(?i)\\b(?:is|are|was|were|gets?|has|have|can|will|must|should)\\b");
    private static final int MAX_ITEM_WORDS = 5;
    private static final Pattern STUDY_VERB = Pattern.compile("(?i)^(?:know|learn|understand|remember|memori[sz]e|review)\\s+(?:the\\s+)?");

    @Override
    public String name() {
        return "inline-list";
    }

    @Override
    public Outcome apply(Sentence s, Block b, Extraction x) {
        String text = s.text();
        int colon = text.indexOf(": ");
        if (colon < 0 || text.indexOf(',', colon) < 0 && !text.contains(" and ") && !text.contains(" or ")) return Outcome.PASS;
        Matcher m = CAPTIONED.matcher(text);
        if (!m.matches()) return Outcome.PASS;
        // "Know the types of volume storage: …" — the study instruction is not part of the caption.
        String caption = STUDY_VERB.matcher(m.group(1).strip()).replaceFirst("");
        if (Strings.words(caption) < 2 || Strings.words(caption) > 12 || caption.indexOf('`') >= 0) return Outcome.PASS;
        // "On AWS the design is the same: …" describes; "The restart policies are: …" and "Parts of a swarm: …" caption.
        if (CLAUSE.matcher(caption).find() || HeadingDefinition.isPlainTask(caption) || Guards.isGenericHeading(caption)
                || GENERIC_HEAD.matcher(caption).find()) {
            return Outcome.miss("the part before the colon is not a caption for a list");
        }
        // A remark in brackets after the last item is not an item.
        List<String> items = items(m.group(2).replaceFirst("\\s*\\([^()]*\\)$", ""));
        if (items.size() < 3) return Outcome.PASS;
        if (items.size() > Enumeration.MAX_ITEMS) return Outcome.miss("more than " + Enumeration.MAX_ITEMS + " items after the colon");
        for (String item : items) {
            if (Strings.words(item) > MAX_ITEM_WORDS) return Outcome.miss("items after the colon are too long for a list");
            if (VERB_IN_ITEM.matcher(ClozeSyntax.maskCode(item)).find()) return Outcome.miss("the part after the colon is a sentence, not a list");
        }
        return x.sink().offerList(caption, items, b.ctx(), s.line(), b.tagged().tags()) ? Outcome.claimed(1) : Outcome.PASS;
    }

    /** The items of "a, b, c and d", code and all; empty when a separator falls inside code or brackets. */
    static List<String> items(String text) {
        String masked = ClozeSyntax.maskCode(text);
        List<String> out = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(masked);
        int last = 0;
        int depth = 0;
        while (sep.find()) {
            depth = brackets(masked, last, sep.start(), depth);
            if (depth != 0) continue;
            out.add(text.substring(last, sep.start()).strip());
            last = sep.end();
        }
        out.add(text.substring(last).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    private static int brackets(String s, int from, int to, int depth) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') depth++;
            if ((c == ')' || c == ']') && depth > 0) depth--;
        }
        return depth;
    }
}
