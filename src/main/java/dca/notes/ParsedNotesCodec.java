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
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsed notes as compact bytes, for {@link NotesCache} and the decks compiled into the jar: loads
 * with plain {@link DataInputStream} reads (no JSON library, no reflection). Only dca writes it, but
 * the reader still checks every count and enum so a damaged file fails as an {@link IOException}.
 * Its layout is covered by the parser version (this class is one of the hashed ones), so a change
 * here invalidates every cache.
 */
final class ParsedNotesCodec {
    private static final int MAX_COUNT = 1 << 24;

    private ParsedNotesCodec() {}

    static byte[] encode(List<ParsedNotes> notes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(notes.size());
            for (ParsedNotes p : notes) parsed(out, p);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static List<ParsedNotes> decode(DataInputStream in) throws IOException {
        int n = count(in);
        List<ParsedNotes> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(parsed(in));
        return out;
    }

    private static void parsed(DataOutputStream out, ParsedNotes p) throws IOException {
        string(out, p.file());
        nullable(out, p.skipped());
        out.writeInt(p.problems().size());
        for (Problem q : p.problems()) {
            string(out, q.file());
            out.writeInt(q.line());
            string(out, q.message());
            out.writeBoolean(q.warning());
        }
        out.writeInt(p.decks().size());
        for (Deck d : p.decks()) deck(out, d);
    }

    private static ParsedNotes parsed(DataInputStream in) throws IOException {
        String file = string(in);
        String skipped = nullable(in);
        int problems = count(in);
        List<Problem> ps = new ArrayList<>(problems);
        for (int i = 0; i < problems; i++) ps.add(new Problem(string(in), in.readInt(), string(in), in.readBoolean()));
        int decks = count(in);
        List<Deck> ds = new ArrayList<>(decks);
        for (int i = 0; i < decks; i++) ds.add(deck(in));
        return new ParsedNotes(file, ds, ps, skipped);
    }

    private static void deck(DataOutputStream out, Deck d) throws IOException {
        string(out, d.name());
        out.writeInt(d.chapter());
        string(out, d.title());
        out.writeInt(d.domains().size());
        for (Domain x : d.domains()) out.writeByte(x.ordinal());
        string(out, d.source());
        out.writeInt(d.cards().size());
        for (Card c : d.cards()) card(out, c);
    }

    private static Deck deck(DataInputStream in) throws IOException {
        String name = string(in);
        int chapter = in.readInt();
        String title = string(in);
        int n = count(in);
        List<Domain> domains = new ArrayList<>(n);
        for (int i = 0; i < n; i++) domains.add(pick(Domain.values(), in.readUnsignedByte()));
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

    private static void card(DataOutputStream out, Card c) throws IOException {
        CardMeta m = c.meta();
        try {
            c.accept(new CardVisitor<Void>() {
                @Override
                public Void basic(BasicCard b) {
                    io(() -> {
                        out.writeByte(BASIC);
                        meta(out, m);
                        out.writeByte(b.origin().ordinal());
                        string(out, b.prompt());
                        string(out, b.answer());
                    });
                    return null;
                }

                @Override
                public Void cloze(ClozeCard z) {
                    io(() -> {
                        out.writeByte(CLOZE);
                        meta(out, m);
                        string(out, z.text());
                        out.writeInt(z.index());
                    });
                    return null;
                }

                @Override
                public Void list(ListCard l) {
                    io(() -> {
                        out.writeByte(LIST);
                        meta(out, m);
                        string(out, l.prompt());
                        strings(out, l.items());
                    });
                    return null;
                }

                @Override
                public Void choice(ChoiceCard q) {
                    io(() -> {
                        out.writeByte(CHOICE);
                        meta(out, m);
                        string(out, q.prompt());
                        out.writeInt(q.options().size());
                        for (Option o : q.options()) {
                            string(out, o.text());
                            out.writeBoolean(o.correct());
                        }
                        string(out, q.explanation());
                        string(out, q.link());
                    });
                    return null;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Card card(DataInputStream in) throws IOException {
        int kind = in.readUnsignedByte();
        CardMeta meta = meta(in);
        switch (kind) {
            case BASIC:
                return new BasicCard(meta, pick(BasicCard.Origin.values(), in.readUnsignedByte()), string(in), string(in));
            case CLOZE:
                return new ClozeCard(meta, string(in), in.readInt());
            case LIST:
                return new ListCard(meta, string(in), strings(in));
            case CHOICE: {
                String prompt = string(in);
                int n = count(in);
                List<Option> options = new ArrayList<>(n);
                for (int i = 0; i < n; i++) options.add(new Option(string(in), in.readBoolean()));
                return new ChoiceCard(meta, prompt, options, string(in), string(in));
            }
            default:
                throw new IOException("unknown card kind " + kind);
        }
    }

    private static void meta(DataOutputStream out, CardMeta m) throws IOException {
        string(out, m.id().value());
        string(out, m.note());
        strings(out, m.context());
        string(out, m.source().file());
        out.writeInt(m.source().line());
        strings(out, m.tags());
    }

    private static CardMeta meta(DataInputStream in) throws IOException {
        String id = string(in);
        if (!CardId.isValid(id)) throw new IOException("invalid card id");
        return new CardMeta(new CardId(id), string(in), strings(in), new Source(string(in), in.readInt()), strings(in));
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io io) {
        try {
            io.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <E> E pick(E[] values, int ordinal) throws IOException {
        if (ordinal >= values.length) throw new IOException("unknown value " + ordinal);
        return values[ordinal];
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_COUNT) throw new IOException("bad count " + n);
        return n;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) string(out, s);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(string(in));
        return out;
    }

    /** Length-prefixed UTF-8 (writeUTF stops at 64 KB, and a card's text may be longer). */
    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = count(in);
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) string(out, s);
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? string(in) : null;
    }
}
