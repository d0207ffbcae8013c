package dca.progress;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dca.deck.CardId;
import dca.deck.Kind;
import dca.srs.MemoryState;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the progress file (format in {@link ProgressJson}) incrementally: the review log only
 * grows, so each review is encoded once and kept as bytes; a card is re-encoded only when its
 * progress object changed. A save then costs a memory copy plus the write, not a re-serialisation
 * of 100k reviews. One encoder per store; not thread-safe.
 */
final class ProgressEncoder {
    /** Loaded at the first string encoded, not when a session opens its progress file. */
    private static final class Escape {
        static final JsonStringEncoder INSTANCE = JsonStringEncoder.getInstance();
    }
    private static final byte[] ENTRY_END = ",\n".getBytes(StandardCharsets.US_ASCII);

    private final Bytes reviews = new Bytes(1 << 16);
    private int[] reviewEnds = new int[1024];
    private int encodedReviews;
    private final Map<CardId, CachedCard> cards = new HashMap<>();
    private final Map<String, byte[]> strings = new HashMap<>();

    private record CachedCard(CardProgress progress, Kind kind, CardId firstId, byte[] bytes) {}

    void write(ProgressData d, Instant savedAt, OutputStream out) throws IOException {
        Bytes b = new Bytes(4096 + d.cards.size() * 260);
        b.ascii("{\"format\":\"" + ProgressJson.FORMAT + "\",\"version\":" + ProgressJson.VERSION + ",\n\"savedAt\":\"");
        b.ascii(IsoInstant.format(savedAt)).ascii("\",\"journalSeq\":").ascii(Long.toString(d.journalSeq)).ascii(",\n");
        // Settings live in the settings file; a file not yet migrated keeps its old ones.
        if (d.settings != null) settings(b, d.settings);
        b.ascii("\"cards\":{");
        if (!d.cards.isEmpty()) {
            b.ascii("\n");
            boolean first = true;
            for (Map.Entry<CardId, CardProgress> e : d.cards.entrySet()) {
                if (!first) b.bytes(ENTRY_END);
                first = false;
                b.ascii("\"").ascii(e.getKey().value()).ascii("\":");
                b.bytes(card(e.getKey(), e.getValue(), d.kinds.get(e.getKey()), d.firstIds.get(e.getKey())));
            }
            b.ascii("\n");
        }
        b.ascii("},\n\"reviews\":[");
        out.write(b.buf, 0, b.len);

        encodeReviews(d);
        if (reviews.len > 0) {
            out.write('\n');
            out.write(reviews.buf, 0, reviews.len - ENTRY_END.length); // the last entry takes no comma
            out.write('\n');
        }
        Bytes tail = new Bytes(256);
        tail.ascii("],\n\"exams\":[");
        for (int i = 0; i < d.exams.size(); i++) {
            tail.ascii(i == 0 ? "\n" : ",\n");
            exam(tail, d.exams.get(i));
        }
        if (!d.exams.isEmpty()) tail.ascii("\n");
        tail.ascii("]}\n");
        out.write(tail.buf, 0, tail.len);
        // Cards that left the file need not stay cached.
        if (cards.size() > d.cards.size() * 2 + 64) cards.keySet().retainAll(d.cards.keySet());
    }

    private void encodeReviews(ProgressData d) {
        int from = Math.min(encodedReviews, d.reviewsChangedFrom);
        d.reviewsChangedFrom = Integer.MAX_VALUE;
        reviews.len = from == 0 ? 0 : reviewEnds[from - 1];
        int n = d.reviews.size();
        if (reviewEnds.length < n) reviewEnds = Arrays.copyOf(reviewEnds, Math.max(n, reviewEnds.length * 2));
        for (int i = from; i < n; i++) {
            review(reviews, d.reviews.get(i));
            reviews.bytes(ENTRY_END);
            reviewEnds[i] = reviews.len;
        }
        encodedReviews = n;
    }

    private void review(Bytes b, ReviewRecord r) {
        b.ascii("{\"card\":\"").ascii(r.card().value()).ascii("\",\"at\":\"").ascii(IsoInstant.format(r.at()))
                .ascii("\",\"rating\":\"").ascii(r.rating().label()).ascii("\",\"mode\":");
        b.bytes(string(r.mode()));
        b.ascii(",\"ms\":").ascii(Long.toString(r.ms())).ascii("}");
    }

    /** One journal line recording an answer. */
    byte[] answerLine(long seq, CardId id, CardProgress after, ReviewRecord review) {
        Bytes b = new Bytes(512);
        b.ascii("{\"seq\":").ascii(Long.toString(seq)).ascii(",\"op\":\"answer\",\"id\":\"").ascii(id.value())
                .ascii("\",\"card\":").bytes(card(id, after, null, null)).ascii(",\"review\":");
        review(b, review);
        b.ascii("}\n");
        return Arrays.copyOf(b.buf, b.len);
    }

    /** One journal line recording an undo. */
    byte[] undoLine(long seq, CardId id, CardProgress before) {
        Bytes b = new Bytes(512);
        b.ascii("{\"seq\":").ascii(Long.toString(seq)).ascii(",\"op\":\"undo\",\"id\":\"").ascii(id.value())
                .ascii("\",\"card\":");
        if (before == null) b.ascii("null");
        else b.bytes(card(id, before, null, null));
        b.ascii("}\n");
        return Arrays.copyOf(b.buf, b.len);
    }

    private byte[] card(CardId id, CardProgress p, Kind kind, CardId firstId) {
        CachedCard c = cards.get(id);
        if (c != null && c.progress == p && c.kind == kind && java.util.Objects.equals(c.firstId, firstId)) return c.bytes;
        MemoryState m = p.memory();
        Bytes b = new Bytes(300);
        b.ascii("{\"deck\":").bytes(quote(p.deck()));
        if (kind != null) b.ascii(",\"kind\":\"").ascii(kind.label()).ascii("\"");
        b.ascii(",\"prompt\":").bytes(quote(p.prompt() == null ? "" : p.prompt()));
        b.ascii(",\"state\":\"").ascii(m.state().name().toLowerCase(Locale.ROOT));
        b.ascii("\",\"step\":").ascii(Integer.toString(m.step()));
        b.ascii(",\"stability\":").ascii(number(m.stability()));
        b.ascii(",\"difficulty\":").ascii(number(m.difficulty()));
        b.ascii(",\"due\":\"").ascii(IsoInstant.format(m.due())).ascii("\"");
        b.ascii(",\"lastReview\":").ascii(m.lastReview() == null ? "null" : "\"" + IsoInstant.format(m.lastReview()) + "\"");
        b.ascii(",\"scheduledDays\":").ascii(Integer.toString(m.scheduledDays()));
        b.ascii(",\"reps\":").ascii(Integer.toString(m.reps()));
        b.ascii(",\"lapses\":").ascii(Integer.toString(m.lapses()));
        if (firstId != null) b.ascii(",\"firstId\":\"").ascii(firstId.value()).ascii("\"");
        b.ascii("}");
        byte[] bytes = Arrays.copyOf(b.buf, b.len);
        cards.put(id, new CachedCard(p, kind, firstId, bytes));
        return bytes;
    }

    private static void settings(Bytes b, Settings s) {
        b.ascii("\"settings\":{\"desiredRetention\":").ascii(number(s.desiredRetention()));
        b.ascii(",\"newPerDay\":").ascii(Integer.toString(s.newPerDay()));
        b.ascii(",\"fuzz\":").ascii(Boolean.toString(s.fuzz()));
        b.ascii(",\"examDate\":").ascii(s.examDate() == null ? "null" : "\"" + s.examDate() + "\"");
        b.ascii(",\"examMode\":").ascii(Boolean.toString(s.examMode()));
        FittedWeights w = s.weights();
        if (w == null) {
            b.ascii(",\"weights\":null");
        } else {
            b.ascii(",\"weights\":{\"w\":[");
            double[] ws = w.weights();
            for (int i = 0; i < ws.length; i++) b.ascii(i == 0 ? "" : ",").ascii(number(ws[i]));
            b.ascii("],\"fittedAt\":\"").ascii(IsoInstant.format(w.fittedAt())).ascii("\",\"reviews\":")
                    .ascii(Integer.toString(w.reviews())).ascii("}");
        }
        b.ascii("},\n");
    }

    private static void exam(Bytes b, ExamRecord x) {
        b.ascii("{\"startedAt\":\"").ascii(IsoInstant.format(x.startedAt())).ascii("\"");
        b.ascii(",\"finishedAt\":").ascii(x.finishedAt() == null ? "null" : "\"" + IsoInstant.format(x.finishedAt()) + "\"");
        b.ascii(",\"format\":").bytes(quote(x.format()));
        b.ascii(",\"questions\":").ascii(Integer.toString(x.questions()));
        b.ascii(",\"correct\":").ascii(Integer.toString(x.correct()));
        b.ascii(",\"complete\":").ascii(Boolean.toString(x.complete()));
        b.ascii(",\"domains\":{");
        boolean first = true;
        for (Map.Entry<String, ExamRecord.DomainScore> e : new java.util.TreeMap<>(x.domains()).entrySet()) {
            if (!first) b.ascii(",");
            first = false;
            b.bytes(quote(e.getKey())).ascii(":{\"questions\":").ascii(Integer.toString(e.getValue().questions()))
                    .ascii(",\"correct\":").ascii(Integer.toString(e.getValue().correct())).ascii("}");
        }
        b.ascii("},\"missed\":[");
        for (int i = 0; i < x.missed().size(); i++) {
            if (i > 0) b.ascii(",");
            b.bytes(quote(x.missed().get(i)));
        }
        b.ascii("]}");
    }

    /** Shortest round-tripping decimal; JSON has no NaN or infinity, which the model never holds. */
    static String number(double d) {
        if (!Double.isFinite(d)) throw new IllegalArgumentException("not a finite number: " + d);
        return Double.toString(d);
    }

    private byte[] string(String s) {
        return strings.computeIfAbsent(s, ProgressEncoder::quote);
    }

    static byte[] quote(String s) {
        byte[] body = Escape.INSTANCE.quoteAsUTF8(s);
        byte[] q = new byte[body.length + 2];
        q[0] = '"';
        System.arraycopy(body, 0, q, 1, body.length);
        q[q.length - 1] = '"';
        return q;
    }

    /** A growable byte buffer. */
    private static final class Bytes {
        byte[] buf;
        int len;

        Bytes(int capacity) { buf = new byte[capacity]; }

        private void ensure(int extra) {
            if (len + extra > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }

        /** Appends text known to be ASCII (ids, numbers, instants, keys). */
        Bytes ascii(String s) {
            int n = s.length();
            ensure(n);
            for (int i = 0; i < n; i++) buf[len++] = (byte) s.charAt(i);
            return this;
        }

        Bytes bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
            return this;
        }
    }
}
