package dca.share;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Kind;
import dca.deck.ListCard;
import dca.deck.Option;
import dca.deck.Source;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Anki notes as dca cards, for both the Anki text and the package reader. A note dca exported
 * ({@code dca:} guid) turns back into the card it was, choice and list cards included, with its
 * card ids; any other note gets ids from its guid, so importing a newer version of the same deck
 * updates the cards in place: {@code anki-} and a hash of the guid, {@code -2}, {@code -3}… for its
 * further cards. Only files without guids fall back to ids from the prompt.
 */
final class AnkiCards {
    /** The field of dca's note types that keeps the ids of a note's cards (a cloze note has several). */
    static final String IDS_FIELD = "DCA ids";
    private static final Pattern CLOZE = Pattern.compile("\\{\\{c(\\d{1,3})::(.*?)(?:::(.*?))?}}", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("^([A-Z])\\. ");

    /** Where a note came from: its guid ("" when the file has none), tags, source and the deck its prompt ids are scoped to. */
    record Note(String guid, List<String> tags, Source source, String scope) {}

    private final String fileName;
    private final FieldText text;

    AnkiCards(String fileName, FieldText text) {
        this.fileName = fileName;
        this.text = text;
    }

    static boolean isDca(String guid) {
        return guid.startsWith(AnkiNotes.GUID_PREFIX);
    }

    /**
     * A note of dca's Basic type: a basic, choice or list card.
     *
     * @param context the Context field, or null for exports older than that field (their context
     *                is a {@code dca-context} block at the start of the front)
     * @param ids     the {@link #IDS_FIELD}, or ""
     */
    Card dcaBasic(Note n, String front, String back, String context, String ids) throws ImportException {
        Document f = parse(front);
        List<String> crumbs = new ArrayList<>();
        if (context != null) {
            crumbs.addAll(crumbs(text.text(context)));
        } else {
            Element div = f.body().selectFirst("div.dca-context");
            if (div != null) {
                crumbs.addAll(crumbs(text.text(div)));
                div.remove();
            }
        }
        String[] given = idList(ids);
        Element ol = f.body().selectFirst("ol.dca-options");
        if (ol != null) {
            List<String> texts = new ArrayList<>();
            Set<Integer> fixed = new java.util.HashSet<>();
            for (Element li : ol.children()) {
                if (!li.normalName().equals("li")) continue;
                if (li.hasClass("dca-fixed")) fixed.add(texts.size());
                texts.add(text.text(li));
            }
            ol.remove();
            String prompt = text.text(f.body());
            Document b = parse(back);
            Set<Integer> right = new LinkedHashSet<>();
            for (Element a : b.select("div.dca-answer")) {
                Matcher m = LETTER.matcher(a.text());
                if (m.find()) right.add(m.group(1).charAt(0) - 'A');
            }
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) options.add(new Option(texts.get(i), right.contains(i), fixed.contains(i)));
            if (options.size() >= 2 && options.stream().anyMatch(Option::correct)) {
                Element expl = b.selectFirst("div.dca-explanation");
                Element linkDiv = b.selectFirst("div.dca-link");
                // The link has its own block, or (when the explanation quotes it) is an anchor inside the explanation.
                Element inline = expl == null ? null : expl.selectFirst("a.dca-link");
                String link = linkDiv != null ? text.text(linkDiv) : inline != null ? inline.attr("href") : "";
                CardMeta meta = meta(id(n, given, 0, Kind.CHOICE, prompt), null, crumbs, n);
                return new ChoiceCard(meta, prompt, options, expl == null ? "" : text.text(expl), CleanText.clean(link));
            }
            f = parse(front); // not a usable question: read the front as it is
        }
        String prompt = text.text(f.body());
        Document b = parse(back);
        Element ul = b.body().selectFirst("ul.dca-list");
        if (ul != null && b.body().children().size() == 1) {
            List<String> items = new ArrayList<>();
            for (Element li : ul.children()) if (li.normalName().equals("li")) items.add(text.text(li));
            if (!items.isEmpty()) return new ListCard(meta(id(n, given, 0, Kind.LIST, prompt), null, crumbs, n), prompt, items);
        }
        return new BasicCard(meta(id(n, given, 0, Kind.BASIC, prompt), null, crumbs, n), BasicCard.Origin.QA, prompt,
                text.text(b.body()));
    }

    /** Any other note with a question and an answer; {@code ord} is its card's template (0 for the first). */
    Card basic(Note n, int ord, String front, String back) throws ImportException {
        String prompt = text.text(front);
        return new BasicCard(meta(id(n, new String[0], ord, Kind.BASIC, prompt), null, List.of(), n),
                ord == 0 ? BasicCard.Origin.QA : BasicCard.Origin.REVERSE, prompt, text.text(back));
    }

    /**
     * A cloze note: one card per cloze number in {@code wanted} (all numbers when null). Anki's
     * numbers and hints are kept; a sentence numbered 1, 2, 3… in order without hints is written
     * in dca's own {@code {{part}}} form, as the notes write it.
     *
     * @param context its Context (dca notes) or null
     * @param ids     the {@link #IDS_FIELD}, or ""
     */
    List<Card> cloze(Note n, String field, String context, String ids, Set<Integer> wanted) throws ImportException {
        record Deletion(int number, String text, String hint) {}
        List<Object> pieces = new ArrayList<>();
        List<Deletion> deletions = new ArrayList<>();
        Matcher m = CLOZE.matcher(field);
        int last = 0;
        while (m.find()) {
            pieces.add(text.inline(field.substring(last, m.start())));
            String hidden = text.inline(m.group(2)).strip().replace("}}", "} }");
            String hint = m.group(3) == null ? "" : text.inline(m.group(3)).strip().replace("}}", "} }");
            Deletion d = new Deletion(Integer.parseInt(m.group(1)), hidden, hint);
            if (!hidden.isEmpty()) {
                pieces.add(d);
                deletions.add(d);
            }
            last = m.end();
        }
        pieces.add(text.inline(field.substring(last)));
        if (deletions.isEmpty()) {
            throw new ImportException(fileName + ": " + where(n) + "a Cloze note without {{c1::…}} deletions",
                    "mark the hidden parts as {{c1::text}}");
        }
        boolean plain = true;
        for (int i = 0; i < deletions.size(); i++) {
            Deletion d = deletions.get(i);
            plain &= d.number() == i + 1 && d.hint().isEmpty();
        }
        StringBuilder sb = new StringBuilder();
        for (Object p : pieces) {
            if (p instanceof Deletion d) {
                sb.append("{{");
                if (!plain) sb.append('c').append(d.number()).append("::");
                sb.append(d.text());
                if (!plain && !d.hint().isEmpty()) sb.append("::").append(d.hint());
                sb.append("}}");
            } else {
                sb.append((String) p);
            }
        }
        String sentence = sb.toString().strip().replaceAll("[ \\t]+", " ");
        List<String> crumbs = context == null ? List.of() : crumbs(text.text(context));
        Set<Integer> numbers = new TreeSet<>();
        for (Deletion d : deletions) numbers.add(d.number());
        if (wanted != null) numbers.retainAll(wanted);
        String[] given = idList(ids);
        if (given.length != numbers.size()) given = new String[0];
        List<Card> cards = new ArrayList<>();
        String note = null;
        int k = 0;
        for (int number : numbers) {
            ClozeCard probe = new ClozeCard(new CardMeta(new CardId("x"), null, null, null, null), sentence, number - 1);
            CardId id = id(n, given, k, Kind.CLOZE, probe.prompt());
            if (note == null) note = id.value();
            cards.add(new ClozeCard(meta(id, note, crumbs, n), sentence, number - 1));
            k++;
        }
        return cards;
    }

    /** A note of a type dca does not know: the first field is the question, the other fields the answer. */
    Card other(Note n, List<String> fields) throws ImportException {
        String prompt = fields.isEmpty() ? "" : text.text(fields.get(0));
        List<String> rest = new ArrayList<>();
        for (String f : fields.subList(Math.min(1, fields.size()), fields.size())) {
            String t = text.text(f);
            if (!t.isEmpty()) rest.add(t);
        }
        return new BasicCard(meta(id(n, new String[0], 0, Kind.BASIC, prompt), null, List.of(), n), BasicCard.Origin.QA,
                prompt, String.join("\n", rest));
    }

    private static Document parse(String html) {
        Document d = Jsoup.parseBodyFragment(html == null ? "" : html);
        d.outputSettings().prettyPrint(false);
        return d;
    }

    private static List<String> crumbs(String context) {
        List<String> out = new ArrayList<>();
        for (String c : context.split(" › ")) {
            if (!c.isBlank()) out.add(c.strip());
        }
        return out;
    }

    private static String[] idList(String ids) {
        if (ids == null || ids.isBlank()) return new String[0];
        String[] out = ids.strip().split("\\s+");
        for (String id : out) {
            if (!CardId.isValid(id)) return new String[0];
        }
        return out;
    }

    /**
     * The id of the note's {@code k}-th card: from the ids field when it has them, else from the
     * guid, else from the prompt.
     */
    private CardId id(Note n, String[] given, int k, Kind kind, String prompt) throws ImportException {
        if (k < given.length) return new CardId(given[k]);
        String guid = n.guid();
        String base;
        if (isDca(guid)) {
            base = guid.substring(AnkiNotes.GUID_PREFIX.length()).replaceFirst(":.*$", "");
            if (!CardId.isValid(base)) {
                throw new ImportException(fileName + ": " + where(n) + "\"" + CleanText.clean(base) + "\" is not a valid card id",
                        "ids are lowercase letters, digits, '.', '_' and '-', up to 64 characters");
            }
        } else if (!guid.isEmpty()) {
            base = "anki-" + hash(guid);
        } else {
            if (prompt.isBlank()) {
                throw new ImportException(fileName + ": " + where(n) + "the note has an empty first field", "every note needs a question");
            }
            return CardId.of(kind, n.scope(), prompt);
        }
        if (k == 0) return new CardId(base);
        CardId nth = CardId.pinned(base + "-" + (k + 1));
        return nth != null ? nth : new CardId("anki-" + hash(guid + "\n" + k));
    }

    private static String where(Note n) {
        return n.source().line() > 0 ? "line " + n.source().line() + ": " : "";
    }

    private static CardMeta meta(CardId id, String note, List<String> context, Note n) {
        return new CardMeta(id, note, context, n.source(), n.tags());
    }

    /** 10 hex digits of SHA-256: a guid from someone else's collection, as an id dca accepts. */
    static String hash(String guid) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(guid.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(h, 5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
