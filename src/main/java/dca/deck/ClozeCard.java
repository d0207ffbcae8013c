package dca.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hidden part of a cloze sentence. {@code text} holds the whole sentence with every hidden part
 * marked as {@code {{part}}}; {@code index} (0-based) says which part this card hides. The other
 * parts are shown plainly, as Anki does. Braces inside {@code `code`} are text, not parts (Go
 * templates such as {@code '{{.State.Status}}'}).
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
        Matcher m = PART.matcher(maskCode(text));
        while (m.find()) parts.add(text.substring(m.start(1), m.end(1)));
        return parts;
    }

    /** Rewrites the sentence, each part replaced by {@code show(index, part)}. */
    private String rewrite(java.util.function.BiFunction<Integer, String, String> show) {
        StringBuilder sb = new StringBuilder();
        Matcher m = PART.matcher(maskCode(text));
        int last = 0;
        int i = 0;
        while (m.find()) {
            sb.append(text, last, m.start()).append(show.apply(i++, text.substring(m.start(1), m.end(1))));
            last = m.end();
        }
        return sb.append(text.substring(last)).toString();
    }

    /** The text with the inside of every {@code `code`} span blanked, offsets unchanged. */
    public static String maskCode(String text) {
        char[] out = text.toCharArray();
        int open = -1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] != '`') continue;
            if (open < 0) {
                open = i;
            } else {
                for (int k = open + 1; k < i; k++) out[k] = ' ';
                open = -1;
            }
        }
        return new String(out);
    }

    @Override
    public Kind kind() { return Kind.CLOZE; }

    @Override
    public <R> R accept(CardVisitor<R> visitor) { return visitor.cloze(this); }

    @Override
    public String prompt() {
        return rewrite((i, part) -> i == index ? BLANK : part);
    }

    @Override
    public String answer() {
        List<String> parts = parts();
        return index >= 0 && index < parts.size() ? parts.get(index) : "";
    }

    /** The sentence with every part shown: what the back of the card reads. */
    public String fullText() {
        return rewrite((i, part) -> part);
    }
}
