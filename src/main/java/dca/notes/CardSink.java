package dca.notes;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Domain;
import dca.deck.Kind;
import dca.deck.ListCard;
import dca.deck.Option;
import dca.deck.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Collects one chapter's cards and gives each its identity and tags: a pinned id goes to the next
 * card, else the id is derived from kind and prompt; a repeated prompt is reported and the later
 * card gets a {@code -2} suffix so ids stay unique; cards without a domain tag get the deck's.
 */
final class CardSink {
    private static final CardMeta PROBE = new CardMeta(new CardId("x"), null, null, null, null);

    private String file;
    private final String deckName;
    private final List<String> deckDomains;
    private Problems problems;
    private final List<Card> cards = new ArrayList<>();
    private final List<String> rules = new ArrayList<>();
    private final Map<String, List<Card>> byAnswer = new HashMap<>();
    private String rule = "";
    private final Map<String, Integer> firstLineById = new HashMap<>();
    private CardId pinned;
    private int pinnedLine;

    CardSink(String file, String deckName, List<Domain> deckDomains, Problems problems) {
        this.file = file;
        this.deckName = deckName;
        this.deckDomains = deckDomains.stream().map(Domain::slug).toList();
        this.problems = problems;
    }

    List<Card> cards() {
        return List.copyOf(cards);
    }

    int size() {
        return cards.size();
    }

    /** The rule whose cards come next: {@code check --explain} names it beside each card. */
    void by(String rule) {
        this.rule = rule;
    }

    /** Each card collected since the sink held {@code from}, with the rule that made it. */
    List<Explanation.Made> madeFrom(int from) {
        List<Explanation.Made> out = new ArrayList<>();
        for (int i = from; i < cards.size(); i++) out.add(new Explanation.Made(rules.get(i), cards.get(i)));
        return out;
    }

    private void add(Card card) {
        cards.add(card);
        rules.add(rule);
        byAnswer.computeIfAbsent(factKey(card.answer()), k -> new ArrayList<>()).add(card);
    }

    /**
     * A cloze guessed from plain notes: made unless a card with the same prompt exists, or another
     * card already asks for the same answer about mostly the same words (the same fact said twice).
     * Returns false, quietly, when it was not made: a guess is not worth a problem report.
     */
    boolean offerCloze(String text, Breadcrumbs ctx, int line, List<String> tags) {
        ClozeCard probe = new ClozeCard(PROBE, text, 0);
        int parts = probe.parts().size();
        if (parts == 0) return false;
        for (int i = 0; i < parts; i++) {
            ClozeCard part = new ClozeCard(PROBE, text, i);
            if (taken(Kind.CLOZE, part.prompt()) || covered(part.answer(), probe.fullText())) return false;
        }
        if (holding != null) {
            holding.add(new Held(holdIndex, text, holdLead, ctx, line, tags, rule));
            return true;
        }
        cloze(text, ctx, line, tags);
        return true;
    }

    /** A guessed cloze kept back while a paragraph is read, so its sentences' clozes can become one card. */
    record Held(int sentence, String text, String lead, Breadcrumbs ctx, int line, List<String> tags, String rule) {
        /** The cloze without the sentence shown before it (the paragraph shows that sentence anyway). */
        String bare() {
            return !lead.isEmpty() && text.startsWith(lead + " ") ? text.substring(lead.length() + 1) : text;
        }
    }

    private List<Held> holding;
    private int holdIndex;
    private String holdLead = "";

    /** Guessed clozes are held, not made, until {@link #release}. */
    void hold() {
        holding = new ArrayList<>();
    }

    /** The clozes that follow belong to sentence {@code index}, shown after {@code lead}. */
    void holdFor(int index, String lead) {
        holdIndex = index;
        holdLead = lead == null ? "" : lead;
    }

    /** The held clozes; guessed clozes are made again from now on. */
    List<Held> release() {
        List<Held> out = holding == null ? List.of() : holding;
        holding = null;
        return out;
    }

    /** Makes a held cloze now, under the rule that guessed it. */
    boolean make(Held h, String text, String idText) {
        String was = rule;
        rule = h.rule();
        // The sentences shown around a cloze are context, not its identity: the card keeps the id it has without them.
        idSource = idText;
        try {
            return offerCloze(text, h.ctx(), h.line(), h.tags());
        } finally {
            rule = was;
            idSource = null;
        }
    }

    /** The text {@link #make} takes the card's id from, when it is not the card's own text. */
    private String idSource;

    /** A basic card guessed from plain notes; see {@link #offerCloze}. */
    boolean offerBasic(BasicCard.Origin origin, String prompt, String answer, Breadcrumbs ctx, int line, List<String> tags) {
        if (prompt.isBlank() || answer.isBlank() || taken(Kind.BASIC, prompt) || covered(answer, prompt)) return false;
        if (Guards.pointsElsewhere(answer)) return false;
        basic(origin, prompt, answer, ctx, line, tags);
        return true;
    }

    /** A list card guessed from plain notes; see {@link #offerCloze}. */
    boolean offerList(String prompt, List<String> items, Breadcrumbs ctx, int line, List<String> tags) {
        if (prompt.isBlank() || items.isEmpty() || taken(Kind.LIST, prompt)) return false;
        list(prompt, items, ctx, line, tags);
        return true;
    }

    private boolean taken(Kind kind, String prompt) {
        return firstLineById.containsKey(id(kind, prompt).value());
    }

    private Kind lastKind;
    private String lastPrompt;
    private CardId lastId;

    /** The derived id; the last one is kept, as an offered card asks for its id twice (taken, then made). */
    private CardId id(Kind kind, String prompt) {
        if (kind != lastKind || !prompt.equals(lastPrompt)) {
            lastId = CardId.of(kind, deckName, prompt);
            lastKind = kind;
            lastPrompt = prompt;
        }
        return lastId;
    }

    /** True when a card with this answer exists whose own words mostly are these (or the other way round). */
    private boolean covered(String answer, String context) {
        List<Card> same = byAnswer.get(factKey(answer));
        if (same == null) return false;
        java.util.Set<String> words = words(context);
        for (Card c : same) {
            java.util.Set<String> other = words(c instanceof ClozeCard z ? z.fullText() : c.prompt() + " " + c.answer());
            int common = 0;
            for (String w : words) if (other.contains(w)) common++;
            if (common * 2 >= Math.min(words.size(), other.size())) return true;
        }
        return false;
    }

    private static String factKey(String answer) {
        StringBuilder sb = new StringBuilder(answer.length());
        boolean space = false;
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (c == '`' || c == '*' || c == '_' || Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) if (w.length() > 3) out.add(w);
        return out;
    }

    /** The cards collected since the sink held {@code from}. */
    List<Card> cardsFrom(int from) {
        return List.copyOf(cards.subList(from, cards.size()));
    }

    /** The cards that follow come from another file: one chapter written in several files, one deck. */
    void from(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    void pin(String idText, int line) {
        CardId id = CardId.pinned(idText);
        if (id == null) {
            problems.add(line, "invalid card id \"" + idText + "\": use lowercase letters, digits, '.', '_' or '-'");
            return;
        }
        if (pinned != null) problems.add(pinnedLine, "id \"" + pinned + "\" is not followed by a card");
        pinned = id;
        pinnedLine = line;
    }

    void basic(BasicCard.Origin origin, String prompt, String answer, Breadcrumbs ctx, int line, List<String> tags) {
        if (prompt.isBlank()) {
            problems.add(line, "empty question");
            return;
        }
        if (answer.isBlank()) {
            problems.add(line, "empty answer for \"" + Breadcrumbs.shorten(prompt) + "\"");
            return;
        }
        add(new BasicCard(meta(Kind.BASIC, prompt, ctx, line, tags), origin, prompt, answer));
    }

    /** {@code term ::: definition}: both directions, one note. */
    void twoWay(String term, String definition, Breadcrumbs ctx, int line, List<String> tags) {
        if (term.isBlank() || definition.isBlank()) {
            problems.add(line, "empty answer for \"" + Breadcrumbs.shorten(term) + "\"");
            return;
        }
        CardId pin = takePin(line);
        CardId first = pin != null ? pin : unique(CardId.of(Kind.BASIC, deckName, term), term, line);
        CardId second = pin != null ? numbered(pin.value(), line) : unique(CardId.of(Kind.BASIC, deckName, definition), definition, line);
        List<String> t = tags(ctx.tags(), tags);
        Source src = new Source(file, line);
        add(new BasicCard(new CardMeta(first, first.value(), ctx.path(), src, t), BasicCard.Origin.TERM, term, definition));
        add(new BasicCard(new CardMeta(second, first.value(), ctx.path(), src, t), BasicCard.Origin.REVERSE, definition, term));
    }

    /** One card per {@code {{part}}} of {@code text}; the parts share a note. */
    void cloze(String text, Breadcrumbs ctx, int line, List<String> tags) {
        int parts = new ClozeCard(PROBE, text, 0).parts().size();
        if (parts == 0) {
            problems.add(line, "cloze without a hidden part: mark one as {{hidden}}");
            return;
        }
        CardId pin = takePin(line);
        String note = null;
        List<String> t = tags(ctx.tags(), tags);
        for (int i = 0; i < parts; i++) {
            String prompt = new ClozeCard(PROBE, idSource == null ? text : idSource, i).prompt();
            CardId id = pin != null
                    ? (i == 0 ? pin : numbered(pin.value(), line))
                    : unique(CardId.of(Kind.CLOZE, deckName, prompt), prompt, line);
            if (note == null) note = id.value();
            add(new ClozeCard(new CardMeta(id, note, ctx.path(), new Source(file, line), t), text, i));
        }
    }

    void list(String prompt, List<String> items, Breadcrumbs ctx, int line, List<String> tags) {
        add(new ListCard(meta(Kind.LIST, prompt, ctx, line, tags), prompt, items));
    }

    void choice(String prompt, List<Option> options, String explanation, String link, Breadcrumbs ctx, int line,
                List<String> tags) {
        if (options.stream().noneMatch(Option::correct)) {
            problems.add(line, "choice question without a right option: mark one with - [x]");
            pinned = null;
            return;
        }
        if (options.size() < 2) {
            problems.add(line, "choice question with one option: add wrong options as - [ ]");
            pinned = null;
            return;
        }
        if (prompt.isBlank()) {
            problems.add(line, "choice options without a question");
            pinned = null;
            return;
        }
        add(new ChoiceCard(meta(Kind.CHOICE, prompt, ctx, line, tags), prompt, options, explanation, link));
    }

    /** Reports an id comment that no card followed. */
    void finish() {
        if (pinned != null) problems.add(pinnedLine, "id \"" + pinned + "\" is not followed by a card");
        pinned = null;
    }

    private CardMeta meta(Kind kind, String prompt, Breadcrumbs ctx, int line, List<String> ownTags) {
        CardId pin = takePin(line);
        CardId id = pin != null ? pin : unique(id(kind, prompt), prompt, line);
        return new CardMeta(id, null, ctx.path(), new Source(file, line), tags(ctx.tags(), ownTags));
    }

    /** The pinned id waiting for this card, if any; a pinned id used twice is reported and numbered. */
    private CardId takePin(int line) {
        CardId id = pinned;
        pinned = null;
        if (id == null) return null;
        if (firstLineById.containsKey(id.value())) {
            problems.add(line, "id \"" + id + "\" is used twice in " + deckName + " (first on line "
                    + firstLineById.get(id.value()) + ")");
            return numbered(id.value(), line);
        }
        firstLineById.put(id.value(), line);
        return id;
    }

    private CardId unique(CardId id, String prompt, int line) {
        Integer first = firstLineById.get(id.value());
        if (first == null) {
            firstLineById.put(id.value(), line);
            return id;
        }
        problems.add(line, "duplicate prompt in " + deckName + ": \"" + Breadcrumbs.shorten(prompt)
                + "\" (first on line " + first + "); reword one or pin an id");
        return numbered(id.value(), line);
    }

    private CardId numbered(String base, int line) {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = base.length() + suffix.length() > 64 ? base.substring(0, 64 - suffix.length()) + suffix : base + suffix;
            if (!firstLineById.containsKey(candidate)) {
                firstLineById.put(candidate, line);
                return new CardId(candidate);
            }
        }
    }

    private List<String> tags(List<String> inherited, List<String> own) {
        List<String> out = new ArrayList<>();
        boolean hasDomain = false;
        for (List<String> src : List.of(inherited, own)) {
            for (String t : src) {
                String tag = t;
                Optional<Domain> d = domainTag(t);
                if (d.isPresent()) {
                    tag = d.get().slug();
                    hasDomain = true;
                }
                if (!out.contains(tag)) out.add(tag);
            }
        }
        if (!hasDomain) {
            for (String d : deckDomains) if (!out.contains(d)) out.add(d);
        }
        return out;
    }

    /** A tag names a domain when it is a domain slug or a common spelling of one ("volumes"). */
    static Optional<Domain> domainTag(String tag) {
        if (TagParser.isObjective(tag)) return Optional.empty();
        Optional<Domain> d = Domain.parse(tag);
        if (d.isEmpty()) return d;
        String t = tag.toLowerCase(Locale.ROOT);
        boolean known = t.equals(d.get().slug()) || t.equals(d.get().name().toLowerCase(Locale.ROOT))
                || List.of("volumes", "volume", "image", "network", "configuration", "install", "storage-and-volumes",
                        "security", "orchestration").contains(t);
        return known ? d : Optional.empty();
    }
}
