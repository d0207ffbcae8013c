package dca.share;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.ListCard;
import dca.deck.Option;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decks as dca's explicit notes syntax, readable and re-importable: every card carries its id in an
 * {@code <!-- id: … -->} pin and its tags as {@code #tags}, so the notes parser reads back the same
 * cards with the same ids (and so the same progress).
 */
public final class MarkdownWriter {
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private MarkdownWriter() {}

    public static void write(List<Deck> decks, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (decks.size() == 1) {
            Deck d = decks.get(0);
            sb.append("---\n");
            if (d.chapter() > 0) sb.append("chapter: ").append(d.chapter()).append('\n');
            if (!d.title().isBlank()) sb.append("title: ").append(yaml(d.title())).append('\n');
            if (!d.domains().isEmpty()) {
                sb.append("domains: [").append(String.join(", ", d.domains().stream().map(Domain::slug).toList())).append("]\n");
            }
            sb.append("---\n");
            sb.append("# ").append(inline(d.title().isBlank() ? d.name() : d.title())).append("\n\n");
            cards(d, sb);
        } else {
            for (Deck d : decks) {
                sb.append("## Chapter ").append(d.chapter()).append(" - ").append(inline(d.title().isBlank() ? d.name() : d.title()))
                        .append("\n\n");
                cards(d, sb);
            }
        }
        out.write(sb.toString());
        out.flush();
    }

    private static void cards(Deck d, StringBuilder sb) {
        List<Card> cards = d.cards();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            if (c instanceof ClozeCard z) {
                int n = clozeRun(cards, i);
                if (n > 0) {
                    pin(sb, c);
                    sb.append(clozeText(z.text(), -1)).append(tags(c)).append("\n\n");
                    i += n - 1;
                } else {
                    // An id that does not follow the pinned pattern: this card alone, only its own part hidden.
                    pin(sb, c);
                    sb.append(clozeText(z.text(), z.index())).append(tags(c)).append("\n\n");
                }
            } else if (c instanceof ChoiceCard q) {
                pin(sb, c);
                sb.append("Q: ").append(inline(q.prompt())).append(tags(c)).append("\n\n");
                for (Option o : q.options()) sb.append(o.correct() ? "- [x] " : "- [ ] ").append(inline(o.text())).append('\n');
                String expl = q.explanation();
                if (!expl.isBlank() || !q.link().isBlank()) {
                    sb.append('\n').append("> ").append(inline(expl));
                    if (!q.link().isBlank() && !expl.contains(q.link())) sb.append(expl.isBlank() ? "" : " ").append(q.link());
                    sb.append('\n');
                }
                sb.append('\n');
            } else if (c instanceof ListCard l) {
                pin(sb, c);
                sb.append(inline(l.prompt())).append(":").append(tags(c)).append("\n\n");
                for (String item : l.items()) sb.append("- ").append(inline(item)).append('\n');
                sb.append('\n');
            } else {
                BasicCard b = (BasicCard) c;
                pin(sb, c);
                sb.append("Q: ").append(inline(b.prompt())).append(tags(c)).append("\n\n");
                sb.append("A: ").append(block(b.answer())).append("\n\n");
            }
        }
    }

    /**
     * How many cards from {@code i} form one whole cloze sentence the parser will rebuild with the
     * same ids: the same note and text, indexes 0..n-1 in order, ids {@code X}, {@code X-2}, …; 0 if not.
     */
    private static int clozeRun(List<Card> cards, int i) {
        ClozeCard first = (ClozeCard) cards.get(i);
        int parts = first.parts().size();
        if (first.index() != 0 || i + parts > cards.size()) return 0;
        String base = first.id().value();
        for (int k = 1; k < parts; k++) {
            if (!(cards.get(i + k) instanceof ClozeCard z) || z.index() != k || !z.text().equals(first.text())
                    || !z.meta().note().equals(first.meta().note()) || !z.id().value().equals(base + "-" + (k + 1))
                    || !z.meta().tags().equals(first.meta().tags())) {
                return 0;
            }
        }
        return parts;
    }

    /** The sentence with {@code {{…}}} around every part ({@code only < 0}) or around part {@code only}. */
    private static String clozeText(String text, int only) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = Pattern.compile("\\{\\{(.+?)}}").matcher(text);
        int last = 0;
        int i = 0;
        while (m.find()) {
            sb.append(inline(text.substring(last, m.start())));
            if (only < 0 || only == i) sb.append("{{").append(inline(m.group(1))).append("}}");
            else sb.append(inline(m.group(1)));
            last = m.end();
            i++;
        }
        sb.append(inline(text.substring(last)));
        return sb.toString();
    }

    private static void pin(StringBuilder sb, Card c) {
        sb.append("<!-- id: ").append(c.id().value()).append(" -->\n");
    }

    private static String tags(Card c) {
        List<String> out = new ArrayList<>();
        for (String t : c.meta().tags()) {
            String tag = t.toLowerCase(Locale.ROOT);
            if (TAG.matcher(tag).matches() && !Character.isDigit(tag.charAt(0))) out.add("#" + tag);
        }
        return out.isEmpty() ? "" : " " + String.join(" ", out);
    }

    /** One paragraph line: line breaks become spaces, Markdown punctuation is escaped. */
    static String inline(String text) {
        return escape(CleanText.clean(text).replaceAll("\\s*\n\\s*", " ").strip());
    }

    /** An answer: its lines kept as hard line breaks inside one paragraph. */
    static String block(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : CleanText.clean(text).strip().split("\n")) lines.add(escape(l.strip()));
        return String.join("\\\n", lines);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#{}=|~".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    private static String yaml(String s) {
        return "\"" + CleanText.clean(s).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
