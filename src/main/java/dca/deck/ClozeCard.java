package dca.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hidden part of a cloze sentence. {@code text} holds the whole sentence with every hidden part
 * marked as {@code {{part}}}; {@code index} (0-based) says which part this card hides. The other
 * parts are shown plainly, as Anki does.
 */
public record ClozeCard(CardMeta meta, String text, int index) implements Card {
    private static final Pattern PART = Pattern.compile("\\{\\{(.+?)}}");
    public static final String BLANK = "[...]";

    public ClozeCard {
        if (text == null) text = "";
    }

    /** The hidden parts in order. */
    public List<String> parts() {
        List<String> parts = new ArrayList<>();
        Matcher m = PART.matcher(text);
        while (m.find()) parts.add(m.group(1));
        return parts;
    }

    @Override
    public Kind kind() { return Kind.CLOZE; }

    @Override
    public String prompt() {
        StringBuilder sb = new StringBuilder();
        Matcher m = PART.matcher(text);
        int i = 0;
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(i == index ? BLANK : m.group(1)));
            i++;
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public String answer() {
        List<String> parts = parts();
        return index >= 0 && index < parts.size() ? parts.get(index) : "";
    }

    /** The sentence with every part shown: what the back of the card reads. */
    public String fullText() {
        return PART.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }
}
