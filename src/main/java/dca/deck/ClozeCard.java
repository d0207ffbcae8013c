package dca.deck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One card of a cloze sentence. {@code text} holds the whole sentence with every hidden part
 * marked as {@code {{part}}}; a part may also be written as Anki writes it, {@code {{c2::part}}}
 * or {@code {{c2::part::hint}}} (decks imported from Anki keep their cloze numbers and hints).
 * A part's number is its {@code cN} or else its position (1, 2, …); {@code index} (0-based) is the
 * number this card hides, so with plain parts it is the part's position. Parts that share a number
 * are hidden together, as on Anki's card; the other parts are shown plainly. Braces inside
 * {@code `code`} are text, not parts (Go templates such as {@code '{{.State.Status}}'}).
 */
public record ClozeCard(CardMeta meta, String text, int index) implements Card {
    private static final Pattern PART = Pattern.compile("\\{\\{(.+?)}}");
    /** Anki's cloze number and optional hint inside a part: the text runs to the first {@code ::}. */
    private static final Pattern NUMBERED = Pattern.compile("c(\\d{1,3})::(.*?)(?:::(.*))?", Pattern.DOTALL);
    public static final String BLANK = "[...]";

    /** One marked part: its cloze number, the text it hides and the hint shown in its place (or ""). */
    public record Part(int number, String text, String hint) {}

    public ClozeCard {
        if (text == null) text = "";
    }

    /** A part's raw inside ({@code c2::x::hint} or {@code x}) at position {@code i} (0-based). */
    public static Part part(String inside, int i) {
        Matcher n = NUMBERED.matcher(inside);
        if (n.matches() && !n.group(2).isEmpty()) {
            return new Part(Integer.parseInt(n.group(1)), n.group(2), n.group(3) == null ? "" : n.group(3));
        }
        return new Part(i + 1, inside, "");
    }

    /** The marked parts in order. */
    public List<Part> marked() {
        List<Part> parts = new ArrayList<>();
        Matcher m = PART.matcher(maskCode(text));
        int i = 0;
        while (m.find()) parts.add(part(text.substring(m.start(1), m.end(1)), i++));
        return parts;
    }

    /** The text of each marked part in order (without cloze number or hint). */
    public List<String> parts() {
        return marked().stream().map(Part::text).toList();
    }

    /** The cloze numbers of the sentence, in order of first appearance: one card each. */
    public Set<Integer> numbers() {
        Set<Integer> out = new LinkedHashSet<>();
        for (Part p : marked()) out.add(p.number());
        return out;
    }

    /** Rewrites the sentence, each part replaced by {@code show(part)}. */
    private String rewrite(java.util.function.Function<Part, String> show) {
        StringBuilder sb = new StringBuilder();
        Matcher m = PART.matcher(maskCode(text));
        int last = 0;
        int i = 0;
        while (m.find()) {
            sb.append(text, last, m.start()).append(show.apply(part(text.substring(m.start(1), m.end(1)), i++)));
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
        return rewrite(p -> p.number() != index + 1 ? p.text() : p.hint().isEmpty() ? BLANK : "[" + p.hint() + "]");
    }

    @Override
    public String answer() {
        StringBuilder sb = new StringBuilder();
        for (Part p : marked()) {
            if (p.number() != index + 1) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(p.text());
        }
        return sb.toString();
    }

    /** The sentence with every part shown: what the back of the card reads. */
    public String fullText() {
        return rewrite(Part::text);
    }
}
