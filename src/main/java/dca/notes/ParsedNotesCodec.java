package dca.notes;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.CardVisitor;
import dca.deck.ChoiceCard;
import dca.deck.ClozeCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.ListCard;
import dca.deck.Option;
import dca.deck.Source;
import dca.io.BinaryIn;
import dca.io.BinaryOut;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsed notes as compact bytes, for {@link NotesCache} and the decks compiled into the jar: loads
 * with plain array reads ({@link BinaryIn}: no JSON library, no reflection, no stream). Only dca writes it, but
 * the reader still checks every count and enum so a damaged file fails as an {@link IOException}.
 * Its layout is covered by the parser version (this class is one of the hashed ones), so a change
 * here invalidates every cache.
 */
final class ParsedNotesCodec {
    private ParsedNotesCodec() {}

    static void encode(List<ParsedNotes> notes, BinaryOut out) {
        out.i32(notes.size());
        for (ParsedNotes p : notes) parsed(out, p);
    }

    static List<ParsedNotes> decode(BinaryIn in) throws IOException {
        int n = count(in);
        List<ParsedNotes> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(parsed(in));
        return out;
    }

    private static void parsed(BinaryOut out, ParsedNotes p) {
        string(out, p.file());
        nullable(out, p.skipped());
        out.i32(p.problems().size());
        for (Problem q : p.problems()) {
            string(out, q.file());
            out.i32(q.line());
            string(out, q.message());
            out.bool(q.warning());
        }
        out.i32(p.decks().size());
        for (Deck d : p.decks()) deck(out, d);
    }

    private static ParsedNotes parsed(BinaryIn in) throws IOException {
        String file = string(in);
        String skipped = nullable(in);
        int problems = count(in);
        List<Problem> ps = new ArrayList<>(problems);
        for (int i = 0; i < problems; i++) ps.add(new Problem(string(in), in.i32(), string(in), in.bool()));
        int decks = count(in);
        List<Deck> ds = new ArrayList<>(decks);
        for (int i = 0; i < decks; i++) ds.add(deck(in));
        return new ParsedNotes(file, ds, ps, skipped);
    }

    private static void deck(BinaryOut out, Deck d) {
        string(out, d.name());
        out.i32(d.chapter());
        string(out, d.title());
        out.i32(d.domains().size());
        for (Domain x : d.domains()) out.u8(x.ordinal());
        string(out, d.source());
        out.i32(d.cards().size());
        for (Card c : d.cards()) card(out, c);
    }

    private static Deck deck(BinaryIn in) throws IOException {
        String name = string(in);
        int chapter = in.i32();
        String title = string(in);
        int n = count(in);
        List<Domain> domains = new ArrayList<>(n);
        for (int i = 0; i < n; i++) domains.add(pick(Domain.values(), in.u8()));
        String source = string(in);
        int cards = count(in);
        List<Card> cs = new ArrayList<>(cards);
        for (int i = 0; i < cards; i++) cs.add(card(in));
        return new Deck(name, chapter, title, domains, source, cs);
    }

    private static final int BASIC = 0;
    private static final int CLOZE = 1;
    private static final int LIST = 2;
    private static final int CHOICE = 3;

    private static void card(BinaryOut out, Card c) {
        CardMeta m = c.meta();
        c.accept(new CardVisitor<Void>() {
            @Override
            public Void basic(BasicCard b) {
                out.u8(BASIC);
                meta(out, m);
                out.u8(b.origin().ordinal());
                string(out, b.prompt());
                string(out, b.answer());
                return null;
            }

            @Override
            public Void cloze(ClozeCard z) {
                out.u8(CLOZE);
                meta(out, m);
                string(out, z.text());
                out.i32(z.index());
                return null;
            }

            @Override
            public Void list(ListCard l) {
                out.u8(LIST);
                meta(out, m);
                string(out, l.prompt());
                strings(out, l.items());
                return null;
            }

            @Override
            public Void choice(ChoiceCard q) {
                out.u8(CHOICE);
                meta(out, m);
                string(out, q.prompt());
                out.i32(q.options().size());
                for (Option o : q.options()) {
                    string(out, o.text());
                    out.bool(o.correct());
                }
                string(out, q.explanation());
                string(out, q.link());
                return null;
            }
        });
    }

    private static Card card(BinaryIn in) throws IOException {
        int kind = in.u8();
        CardMeta meta = meta(in);
        switch (kind) {
            case BASIC:
                return new BasicCard(meta, pick(BasicCard.Origin.values(), in.u8()), string(in), string(in));
            case CLOZE:
                return new ClozeCard(meta, string(in), in.i32());
            case LIST:
                return new ListCard(meta, string(in), strings(in));
            case CHOICE: {
                String prompt = string(in);
                int n = count(in);
                List<Option> options = new ArrayList<>(n);
                for (int i = 0; i < n; i++) options.add(new Option(string(in), in.bool()));
                return new ChoiceCard(meta, prompt, options, string(in), string(in));
            }
            default:
                throw new IOException("unknown card kind " + kind);
        }
    }

    private static void meta(BinaryOut out, CardMeta m) {
        string(out, m.id().value());
        string(out, m.note());
        strings(out, m.context());
        string(out, m.source().file());
        out.i32(m.source().line());
        strings(out, m.tags());
    }

    private static CardMeta meta(BinaryIn in) throws IOException {
        String id = string(in);
        if (!CardId.isValid(id)) throw new IOException("invalid card id");
        return new CardMeta(new CardId(id), string(in), strings(in), new Source(string(in), in.i32()), strings(in));
    }

    private static <E> E pick(E[] values, int ordinal) throws IOException {
        if (ordinal >= values.length) throw new IOException("unknown value " + ordinal);
        return values[ordinal];
    }

    private static int count(BinaryIn in) throws IOException {
        return in.count();
    }

    private static void strings(BinaryOut out, List<String> list) {
        out.i32(list.size());
        for (String s : list) string(out, s);
    }

    private static List<String> strings(BinaryIn in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(string(in));
        return out;
    }

    private static void string(BinaryOut out, String s) {
        out.str(s);
    }

    private static String string(BinaryIn in) throws IOException {
        return in.str();
    }

    private static void nullable(BinaryOut out, String s) {
        out.bool(s != null);
        if (s != null) string(out, s);
    }

    private static String nullable(BinaryIn in) throws IOException {
        return in.bool() ? string(in) : null;
    }
}
