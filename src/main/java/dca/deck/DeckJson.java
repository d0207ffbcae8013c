package dca.deck;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The deck JSON format: what {@code dca build} writes, {@code dca export --format json} shares and
 * {@code dca import} reads. Reading treats the text as untrusted: every field is checked and an
 * error names the position.
 */
public final class DeckJson {
    public static final String FORMAT = "dca-deck";
    public static final int VERSION = 1;

    /** Limits for untrusted deck files: nesting and string length. */
    private static final JsonFactory READ = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1_000_000)
                    .build())
            .build();

    /** Writing builds a tree with jackson-databind; a holder, so that reading never loads it. */
    private static final class Tree {
        static final ObjectMapper MAPPER = new ObjectMapper(READ);
    }

    private DeckJson() {}

    /** Writes one or more decks. A single deck is an object; several are {@code {"format":…,"decks":[…]}}. */
    public static String write(List<Deck> decks) {
        StringWriter out = new StringWriter();
        try {
            write(decks, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    public static void write(List<Deck> decks, Writer out) throws IOException {
        ObjectNode root = Tree.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (decks.size() == 1) {
            fillDeck(root, decks.get(0));
        } else {
            ArrayNode arr = root.putArray("decks");
            for (Deck d : decks) fillDeck(arr.addObject(), d);
        }
        try (JsonGenerator g = Tree.MAPPER.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            Tree.MAPPER.writeTree(g, root);
        }
        out.write('\n');
        out.flush();
    }

    private static void fillDeck(ObjectNode node, Deck d) {
        ObjectNode meta = node.putObject("deck");
        meta.put("name", d.name());
        meta.put("chapter", d.chapter());
        meta.put("title", d.title());
        ArrayNode domains = meta.putArray("domains");
        d.domains().forEach(x -> domains.add(x.slug()));
        meta.put("source", d.source());
        ArrayNode cards = node.putArray("cards");
        for (Card c : d.cards()) cards.add(cardNode(c));
    }

    private static ObjectNode cardNode(Card c) {
        ObjectNode n = Tree.MAPPER.createObjectNode();
        n.put("id", c.id().value());
        if (!c.meta().note().equals(c.id().value())) n.put("note", c.meta().note());
        n.put("kind", c.kind().label());
        c.accept(new CardVisitor<Void>() {
            @Override
            public Void basic(BasicCard b) {
                n.put("origin", b.origin().name().toLowerCase(Locale.ROOT));
                n.put("prompt", b.prompt());
                n.put("answer", b.answer());
                return null;
            }

            @Override
            public Void cloze(ClozeCard z) {
                n.put("text", z.text());
                n.put("index", z.index());
                return null;
            }

            @Override
            public Void list(ListCard l) {
                n.put("prompt", l.prompt());
                ArrayNode items = n.putArray("items");
                l.items().forEach(items::add);
                return null;
            }

            @Override
            public Void choice(ChoiceCard q) {
                n.put("prompt", q.prompt());
                ArrayNode opts = n.putArray("options");
                for (Option o : q.options()) {
                    ObjectNode on = opts.addObject();
                    on.put("text", o.text());
                    on.put("correct", o.correct());
                    if (o.fixed()) on.put("fixed", true);
                }
                if (!q.explanation().isEmpty()) n.put("explanation", q.explanation());
                if (!q.link().isEmpty()) n.put("link", q.link());
                return null;
            }
        });
        ArrayNode ctx = n.putArray("context");
        c.meta().context().forEach(ctx::add);
        ArrayNode tags = n.putArray("tags");
        c.meta().tags().forEach(tags::add);
        n.put("source", c.source().toString());
        return n;
    }

    /** Reads a deck file written by {@link #write}. Streaming: no object mapper is loaded to read decks. */
    public static List<Deck> read(Reader in) throws DeckFormatException, IOException {
        JsonValue root;
        try (JsonParser p = READ.createParser(in)) {
            root = p.nextToken() == null ? null : JsonValue.read(p);
            if (root != null && p.nextToken() != null) {
                JsonLocation loc = p.currentLocation();
                throw new DeckFormatException("unexpected text after the deck", loc.getLineNr(), loc.getColumnNr());
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            if (nl >= 0) msg = msg.substring(0, nl);
            throw new DeckFormatException("not valid JSON: " + msg,
                    loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr());
        }
        if (root == null || !root.isObject()) throw new DeckFormatException("a deck file is a JSON object");
        String format = text(root, "format", "file");
        if (!FORMAT.equals(format)) {
            throw new DeckFormatException("not a dca deck (format is \"" + format + "\", expected \"" + FORMAT + "\")");
        }
        JsonValue version = root.get("version");
        if (version == null || !version.canConvertToInt()) throw new DeckFormatException("missing deck format version");
        if (version.asInt() != VERSION) {
            throw new DeckFormatException("deck format version " + version.asText()
                    + " is not supported (this dca reads version " + VERSION + "); upgrade dca");
        }
        List<Deck> decks = new ArrayList<>();
        if (root.has("decks")) {
            JsonValue arr = root.get("decks");
            if (!arr.isArray()) throw new DeckFormatException("\"decks\" must be an array");
            int i = 0;
            for (JsonValue d : arr.elements()) decks.add(readDeck(d, "decks[" + i++ + "]"));
        } else {
            decks.add(readDeck(root, "deck"));
        }
        return decks;
    }

    private static Deck readDeck(JsonValue node, String where) throws DeckFormatException {
        JsonValue meta = node.get("deck");
        if (meta == null || !meta.isObject()) throw new DeckFormatException(where + ": missing \"deck\" object");
        String name = text(meta, "name", where + ".deck");
        int chapter = meta.path("chapter").asInt(0);
        String title = meta.path("title").asText("");
        List<Domain> domains = new ArrayList<>();
        for (JsonValue d : meta.path("domains").elements()) {
            domains.add(Domain.parse(d.asText())
                    .orElseThrow(() -> new DeckFormatException(where + ": unknown domain \"" + d.asText() + "\"")));
        }
        String source = meta.path("source").asText("");
        JsonValue cardsNode = node.get("cards");
        if (cardsNode == null || !cardsNode.isArray()) throw new DeckFormatException(where + ": missing \"cards\" array");
        List<Card> cards = new ArrayList<>();
        int i = 0;
        for (JsonValue c : cardsNode.elements()) cards.add(readCard(c, where + ".cards[" + i++ + "]"));
        return new Deck(name, chapter, title, domains, source, cards);
    }

    private static Card readCard(JsonValue n, String where) throws DeckFormatException {
        if (!n.isObject()) throw new DeckFormatException(where + ": a card is an object");
        String idText = text(n, "id", where);
        if (!CardId.isValid(idText)) throw new DeckFormatException(where + ": invalid card id \"" + idText + "\"");
        CardId id = new CardId(idText);
        List<String> context = strings(n.path("context"), where + ".context");
        List<String> tags = strings(n.path("tags"), where + ".tags");
        CardMeta meta = new CardMeta(id, n.path("note").asText(""), context, Source.parse(n.path("source").asText("")), tags);
        String kind = text(n, "kind", where);
        switch (kind) {
            case "basic": {
                BasicCard.Origin origin;
                try {
                    origin = BasicCard.Origin.valueOf(n.path("origin").asText("qa").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new DeckFormatException(where + ": unknown origin \"" + n.path("origin").asText() + "\"");
                }
                return new BasicCard(meta, origin, text(n, "prompt", where), text(n, "answer", where));
            }
            case "cloze": {
                String text = text(n, "text", where);
                int index = n.path("index").asInt(-1);
                ClozeCard card = new ClozeCard(meta, text, index);
                if (index < 0 || !card.numbers().contains(index + 1)) {
                    throw new DeckFormatException(where + ": cloze index " + index + " does not name a {{hidden}} part");
                }
                return card;
            }
            case "list": {
                List<String> items = strings(n.path("items"), where + ".items");
                if (items.isEmpty()) throw new DeckFormatException(where + ": a list card needs items");
                return new ListCard(meta, text(n, "prompt", where), items);
            }
            case "choice": {
                List<Option> options = new ArrayList<>();
                for (JsonValue o : n.path("options").elements()) {
                    if (!o.isObject()) throw new DeckFormatException(where + ": an option is an object");
                    options.add(new Option(text(o, "text", where + ".options"), o.path("correct").asBoolean(false),
                            o.path("fixed").asBoolean(false)));
                }
                if (options.size() < 2) throw new DeckFormatException(where + ": a choice question needs two or more options");
                if (options.stream().noneMatch(Option::correct)) {
                    throw new DeckFormatException(where + ": a choice question needs a right option");
                }
                return new ChoiceCard(meta, text(n, "prompt", where), options,
                        n.path("explanation").asText(""), n.path("link").asText(""));
            }
            default:
                throw new DeckFormatException(where + ": unknown card kind \"" + kind + "\"");
        }
    }

    private static String text(JsonValue n, String field, String where) throws DeckFormatException {
        JsonValue v = n.get(field);
        if (v == null || !v.isTextual()) throw new DeckFormatException(where + ": missing text field \"" + field + "\"");
        return v.asText();
    }

    private static List<String> strings(JsonValue arr, String where) throws DeckFormatException {
        List<String> out = new ArrayList<>();
        if (arr.isMissingNode() || arr.isNull()) return out;
        if (!arr.isArray()) throw new DeckFormatException(where + " must be an array of text");
        for (JsonValue s : arr.elements()) {
            if (!s.isTextual()) throw new DeckFormatException(where + " must be an array of text");
            out.add(s.asText());
        }
        return out;
    }
}
