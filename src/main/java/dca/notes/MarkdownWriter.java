package dca.notes;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardDomain;
import dca.deck.CardId;
import dca.deck.CardVisitor;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Kind;
import dca.deck.ListCard;
import dca.deck.Option;
import dca.deck.OptionOrder;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decks as dca's explicit notes syntax, readable and re-importable: every card carries its id in an
 * {@code <!-- id: … -->} pin (or, for a cloze sentence whose ids are derived, none at all) and its
 * tags as {@code #tags}, so the notes parser reads back the same cards with the same ids and so the
 * same progress. Text is Markdown-escaped so that it reads back as the same plain text. It lives
 * beside the parser so that it asks the parser's own rules which headings read back as they are.
 * The decks given are already clean of control characters ({@code dca.share.ExportFormat} sees to it).
 */
public final class MarkdownWriter {
    private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9._-]*");
    private static final Pattern PART = Pattern.compile("\\{\\{(.+?)}}");

    private MarkdownWriter() {}

    public static void write(List<Deck> decks, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (decks.size() == 1) {
            Deck d = decks.get(0);
            sb.append("---\n");
            if (d.chapter() > 0) sb.append("chapter: ").append(d.chapter()).append('\n');
            if (!d.title().isBlank()) sb.append("title: ").append(MarkdownText.yaml(d.title())).append('\n');
            if (!d.domains().isEmpty()) {
                sb.append("domains: [").append(String.join(", ", d.domains().stream().map(Domain::slug).toList())).append("]\n");
            }
            sb.append("---\n");
            sb.append("# ").append(MarkdownText.inline(d.title().isBlank() ? d.name() : d.title())).append("\n\n");
            cards(d, sb, 2);
        } else {
            // One file, one "## Chapter N - Title" section per deck.
            for (Deck d : decks) {
                sb.append("## Chapter ").append(d.chapter()).append(" - ")
                        .append(MarkdownText.inline(d.title().isBlank() ? d.name() : d.title())).append("\n\n");
                cards(d, sb, 3);
            }
        }
        out.write(sb.toString());
        out.flush();
    }

    /** @param level the heading level of a card's first breadcrumb below the chapter title */
    private static void cards(Deck d, StringBuilder sb, int level) {
        List<Card> cards = d.cards();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            open = headings(open, crumbs(d, c, level), level, sb);
            final int at = i;
            // How many cards the text written stands for: a whole cloze sentence is several.
            int written = c.accept(CardVisitor.of(
                    b -> basic(d, b, sb),
                    z -> cloze(d, cards, at, z, sb),
                    l -> list(d, l, sb),
                    q -> choice(d, q, sb)));
            i += written - 1;
        }
    }

    private static int basic(Deck d, BasicCard b, StringBuilder sb) {
        pin(sb, b);
        sb.append("Q: ").append(MarkdownText.inline(b.prompt())).append(tags(d, b)).append("\n\n");
        sb.append("A: ").append(MarkdownText.block(b.answer())).append("\n\n");
        return 1;
    }

    private static int cloze(Deck d, List<Card> cards, int i, ClozeCard z, StringBuilder sb) {
        int n = clozeRun(cards, i);
        if (n > 0 && pinnedPattern(cards.subList(i, i + n))) {
            pin(sb, z);
            sb.append(clozeText(z.text(), -1)).append(tags(d, z)).append("\n\n");
            return n;
        }
        if (n > 0 && derivedIds(d.name(), cards.subList(i, i + n))) {
            sb.append(clozeText(z.text(), -1)).append(tags(d, z)).append("\n\n");
            return n;
        }
        // Ids the parser would not give this sentence: the card alone, only its own part hidden.
        pin(sb, z);
        sb.append(clozeText(z.text(), z.index())).append(tags(d, z)).append("\n\n");
        return 1;
    }

    private static int list(Deck d, ListCard l, StringBuilder sb) {
        pin(sb, l);
        sb.append(MarkdownText.inline(l.prompt())).append(":").append(tags(d, l)).append("\n\n");
        for (String item : l.items()) sb.append("- ").append(MarkdownText.inline(item)).append('\n');
        sb.append('\n');
        return 1;
    }

    private static int choice(Deck d, ChoiceCard q, StringBuilder sb) {
        pin(sb, q);
        sb.append("Q: ").append(MarkdownText.inline(q.prompt())).append(tags(d, q)).append("\n\n");
        // Not the author's order, which often puts the right option first: the file is shared.
        for (Option o : OptionOrder.forExport(q)) {
            sb.append(o.correct() ? "- [x] " : "- [ ] ").append(MarkdownText.inline(o.text()));
            sb.append(o.fixed() ? " " + ChoiceSyntax.FIXED + "\n" : "\n");
        }
        String expl = q.explanation();
        if (!expl.isBlank() || !q.link().isBlank()) {
            sb.append('\n').append("> ").append(MarkdownText.quote(expl));
            // The parser takes the explanation's first URL as the link; an empty link names
            // it without adding words when the explanation does not show it.
            if (!q.link().isBlank() && !expl.contains(q.link())) {
                sb.append(expl.isBlank() ? "" : " ").append("[](<").append(q.link().replace(">", "%3E")).append(">)");
            }
            sb.append('\n');
        }
        sb.append('\n');
        return 1;
    }

    /**
     * The card's breadcrumb below the chapter title, as far as headings can carry it: up to level 6,
     * and only crumbs the parser would read back as the same heading text.
     */
    private static List<String> crumbs(Deck d, Card c, int level) {
        List<String> ctx = c.meta().context();
        if (!ctx.isEmpty() && ctx.get(0).equals(d.title())) ctx = ctx.subList(1, ctx.size());
        List<String> out = new ArrayList<>();
        for (String crumb : ctx) {
            String t = crumb.replaceAll("\\s+", " ").strip();
            if (level + out.size() > 6 || t.isEmpty() || !readsBackAsHeading(t)) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    /** A heading the parser neither skips, nor reads as a chapter of its own, nor takes tags from. */
    private static boolean readsBackAsHeading(String text) {
        return !Guards.isSkippedHeading(text) && ChapterTitle.parse(text).isEmpty()
                && TagParser.split(text).tags().isEmpty();
    }

    /**
     * Writes the headings that turn the open breadcrumb into the wanted one. A heading closes every
     * deeper one; an empty heading closes them all without adding a crumb (the parser ignores it).
     */
    private static List<String> headings(List<String> open, List<String> want, int level, StringBuilder sb) {
        if (open.equals(want)) return open;
        int k = 0;
        while (k < open.size() && k < want.size() && open.get(k).equals(want.get(k))) k++;
        if (k == want.size()) {
            heading(sb, level + Math.max(k - 1, 0), k == 0 ? "" : want.get(k - 1));
        } else {
            for (int j = k; j < want.size(); j++) heading(sb, level + j, want.get(j));
        }
        return want;
    }

    private static void heading(StringBuilder sb, int level, String text) {
        sb.append("#".repeat(level)).append(text.isEmpty() ? "" : " " + MarkdownText.inline(text)).append("\n\n");
    }

    /**
     * How many cards from {@code i} are one whole cloze sentence: the same note, text and tags,
     * indexes 0..n-1 in order; 0 if they are not.
     */
    private static int clozeRun(List<Card> cards, int i) {
        ClozeCard first = (ClozeCard) cards.get(i);
        int parts = first.parts().size();
        if (first.index() != 0 || i + parts > cards.size()) return 0;
        for (int k = 1; k < parts; k++) {
            if (!(cards.get(i + k) instanceof ClozeCard z) || z.index() != k || !z.text().equals(first.text())
                    || !z.meta().note().equals(first.meta().note()) || !z.meta().tags().equals(first.meta().tags())) {
                return 0;
            }
        }
        return parts;
    }

    /** Ids as one pin makes them: {@code X}, {@code X-2}, {@code X-3}… */
    private static boolean pinnedPattern(List<Card> run) {
        String base = run.get(0).id().value();
        for (int k = 1; k < run.size(); k++) {
            if (!run.get(k).id().value().equals(base + "-" + (k + 1))) return false;
        }
        return true;
    }

    /** Ids as the parser derives them for an unpinned sentence: a hash of each card's prompt. */
    private static boolean derivedIds(String deck, List<Card> run) {
        for (Card c : run) {
            if (!c.id().equals(CardId.of(Kind.CLOZE, deck, c.prompt()))) return false;
        }
        return true;
    }

    /** The sentence with {@code {{…}}} around every part ({@code only < 0}) or around part {@code only}. */
    private static String clozeText(String text, int only) {
        String one = text.replaceAll("\\s*\n\\s*", " ").strip();
        StringBuilder sb = new StringBuilder();
        Matcher m = PART.matcher(ClozeCard.maskCode(one));
        int last = 0;
        int i = 0;
        while (m.find()) {
            sb.append(MarkdownText.escape(one.substring(last, m.start())));
            String part = one.substring(m.start(1), m.end(1));
            if (only < 0 || ClozeCard.part(part, i).number() == only + 1) sb.append("{{").append(MarkdownText.escape(part)).append("}}");
            else sb.append(MarkdownText.escape(ClozeCard.part(part, i).text()));
            last = m.end();
            i++;
        }
        sb.append(MarkdownText.escape(one.substring(last)));
        return sb.toString();
    }

    private static void pin(StringBuilder sb, Card c) {
        sb.append("<!-- id: ").append(c.id().value()).append(" -->\n");
    }

    /**
     * The card's tags as {@code #tags} at the end of its first line; tags the syntax cannot carry are
     * left out, and so are domain tags that are exactly the deck's domains (the parser adds those).
     */
    private static String tags(Deck d, Card c) {
        List<String> own = c.meta().tags();
        java.util.Set<String> domains = new java.util.HashSet<>();
        for (String t : own) CardDomain.ofTag(t).ifPresent(x -> domains.add(x.slug()));
        boolean deckDefault = !domains.isEmpty()
                && domains.equals(new java.util.HashSet<>(d.domains().stream().map(Domain::slug).toList()));
        List<String> out = new ArrayList<>();
        for (String t : own) {
            String tag = t.toLowerCase(Locale.ROOT);
            if (deckDefault && domains.contains(tag)) continue;
            if (TAG.matcher(tag).matches()) out.add("#" + tag);
        }
        return out.isEmpty() ? "" : " " + String.join(" ", out);
    }
}
