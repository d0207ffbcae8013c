package dca.progress;

import dca.deck.CardId;
import dca.deck.Kind;
import dca.io.BinaryIn;
import dca.io.BinaryOut;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code FILE.snapshot}: the progress file in a compact binary form. First what a study session
 * needs, which loads in milliseconds however long the history: settings, every card's state, the
 * exams, and of the review log only its recent end and each card's first review per mode; then the
 * whole log, which a session skips and stats and saves read (far faster than the JSON). The file stays
 * the record; this is derived from it when dca writes it, and used only while the file is exactly
 * the one it was derived from (size, modification and change times, file identity: a hand edit or a
 * restored backup changes them) and it is intact (checksum). Anything else reads as no snapshot, and
 * the file is read whole. Written without fsync: a snapshot lost in a crash only costs one full read.
 * Every field of the progress model is mirrored here (ProgressStoreTest's every-field round trip
 * reads through it): a field added to the file must be added to this encoding too.
 */
final class Snapshot {
    private static final byte[] MAGIC = "DCASNAP6".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The recent end of the log it keeps: enough to count today's reviews a day or two later. */
    static final Duration RECENT = Duration.ofDays(2);

    private Snapshot() {}

    static Path pathFor(Path file) {
        return file.resolveSibling(file.getFileName() + ".snapshot");
    }

    /** Who the progress file is now (null when it is missing or cannot be looked at). */
    static String identity(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Object ctime;
            try {
                ctime = Files.getAttribute(file, "unix:ctime");
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                ctime = "-";
            }
            return a.size() + "|" + a.lastModifiedTime().toInstant() + "|" + ctime + "|" + a.fileKey();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the snapshot of {@code data}, the full content of {@code file} as it was just saved or read. */
    static void write(Path file, ProgressData data, Instant savedAt) {
        String id = identity(file);
        if (id == null || data.partial) return;
        Path snap = pathFor(file);
        Path tmp = snap.resolveSibling(snap.getFileName() + ".tmp");
        try {
            Files.write(tmp, encode(id, data, savedAt));
            Files.move(tmp, snap, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            discard(file);
        }
    }

    /** Removes the snapshot, so none can outlive a change to the file that it does not show. */
    static void discard(Path file) {
        try {
            Files.deleteIfExists(pathFor(file));
        } catch (IOException | RuntimeException e) {
            // an old snapshot is still recognised as old by the file's identity
        }
    }

    /**
     * The snapshot of {@code file} as it is now; null when there is none that fits. {@code whole}: with
     * the whole review log (what the file holds, for stats and saves), else partial data for a session.
     */
    static ProgressData read(Path file, boolean whole) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pathFor(file));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String id = identity(file);
        BinaryIn in = BinaryIn.sealed(bytes);
        if (id == null || in == null || !in.startsWith(MAGIC)) return null;
        try {
            if (!id.equals(in.str())) return null;
            ProgressData d = decode(in);
            int logBytes = in.i32();
            if (logBytes != in.remaining()) return null;
            if (!whole) return d;
            int n = in.count();
            List<ReviewRecord> log = new ArrayList<>(n);
            for (int i = 0; i < n; i++) log.add(review(in));
            if (in.remaining() != 0 || n != d.suffixFrom + d.reviews.size()) return null;
            d.reviews.clear();
            d.reviews.addAll(log);
            d.partial = false;
            d.firsts = null;
            d.counts = null;
            d.suffixFrom = 0;
            d.before = null;
            return d;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] encode(String id, ProgressData d, Instant savedAt) {
        BinaryOut out = new BinaryOut(64 * 1024 + d.cards.size() * 160 + d.reviews.size() * 40);
        out.bytes(MAGIC);
        out.str(id);
        Settings s = d.settings; // only in a file from before the settings file, until migrated
        out.bool(s != null);
        if (s != null) {
            out.f64(s.desiredRetention());
            out.i32(s.newPerDay());
            out.bool(s.fuzz());
            out.str(s.examDate() == null ? "" : s.examDate().toString());
            out.bool(s.examMode());
            FittedWeights w = s.weights();
            out.bool(w != null);
            if (w != null) {
                for (double x : w.weights()) out.f64(x);
                instant(out, w.fittedAt());
                out.i32(w.reviews());
            }
        }
        out.i64(d.journalSeq);
        out.i32(d.cards.size());
        for (Map.Entry<CardId, CardProgress> e : d.cards.entrySet()) {
            out.str(e.getKey().value());
            Kind k = d.kinds.get(e.getKey());
            out.u8(k == null ? 0xff : k.ordinal());
            CardId first = d.firstIds.get(e.getKey());
            out.str(first == null ? "" : first.value());
            CardProgress p = e.getValue();
            string(out, p.deck());
            string(out, p.prompt());
            memory(out, p.memory());
        }
        out.i32(d.exams.size());
        for (ExamRecord x : d.exams) exam(out, x);

        // The log: each card's first review per mode (by position, as a scan of the log finds it) …
        int n = d.reviews.size();
        Map<CardId, Map<String, FirstReview>> firsts = new LinkedHashMap<>();
        Map<CardId, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ReviewRecord r = d.reviews.get(i);
            firsts.computeIfAbsent(r.card(), c -> new HashMap<>()).putIfAbsent(mode(r), new FirstReview(i, r.at()));
            counts.merge(r.card(), 1, Integer::sum);
        }
        out.i32(firsts.size());
        for (Map.Entry<CardId, Map<String, FirstReview>> e : firsts.entrySet()) {
            out.str(e.getKey().value());
            out.i32(counts.get(e.getKey()));
            out.i32(e.getValue().size());
            for (Map.Entry<String, FirstReview> f : e.getValue().entrySet()) {
                out.str(f.getKey());
                out.i32(f.getValue().position());
                instant(out, f.getValue().at());
            }
        }
        // … and its recent end: from the first position after which every review is recent.
        Instant cutoff = savedAt.minus(RECENT);
        int from = 0;
        Instant before = null;
        while (from < n && d.reviews.get(from).at().isBefore(cutoff)) {
            Instant at = d.reviews.get(from).at();
            if (before == null || at.isAfter(before)) before = at;
            from++;
        }
        out.i32(n);
        out.i32(from);
        nullableInstant(out, before);
        for (int i = from; i < n; i++) review(out, d.reviews.get(i));
        // The whole log last, behind its length, so that a session skips it unread.
        BinaryOut log = new BinaryOut(n * 40 + 16);
        log.i32(n);
        for (ReviewRecord r : d.reviews) review(log, r);
        out.i32(log.size());
        out.bytes(log.toByteArray());
        return out.seal().toByteArray();
    }

    private static ProgressData decode(BinaryIn in) throws IOException {
        ProgressData d = new ProgressData();
        d.partial = true;
        if (in.bool()) {
            double retention = in.f64();
            int newPerDay = in.i32();
            boolean fuzz = in.bool();
            String exam = in.str();
            boolean examMode = in.bool();
            FittedWeights weights = null;
            if (in.bool()) {
                double[] w = new double[21];
                for (int i = 0; i < w.length; i++) w[i] = in.f64();
                weights = new FittedWeights(w, instant(in), in.i32());
            }
            d.settings = new Settings(retention, newPerDay, fuzz, exam.isEmpty() ? null : LocalDate.parse(exam), examMode, weights);
        }
        d.journalSeq = in.i64();
        int cards = count(in);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < cards; i++) {
            CardId id = new CardId(in.str());
            int k = in.u8();
            if (k != 0xff) d.kinds.put(id, kinds[k]);
            String first = in.str();
            if (!first.isEmpty()) d.firstIds.put(id, new CardId(first));
            d.cards.put(id, new CardProgress(string(in), string(in), memory(in)));
        }
        int exams = count(in);
        for (int i = 0; i < exams; i++) d.exams.add(exam(in));
        int withFirsts = count(in);
        d.firsts = new HashMap<>(withFirsts * 2);
        d.counts = new HashMap<>(withFirsts * 2);
        for (int i = 0; i < withFirsts; i++) {
            CardId id = new CardId(in.str());
            d.counts.put(id, in.i32());
            int modes = count(in);
            Map<String, FirstReview> m = new HashMap<>(4);
            for (int j = 0; j < modes; j++) m.put(in.str(), new FirstReview(in.i32(), instant(in)));
            d.firsts.put(id, m);
        }
        int total = in.i32();
        d.suffixFrom = in.i32();
        if (d.suffixFrom < 0 || d.suffixFrom > total) throw new IOException("bad suffix");
        d.before = nullableInstant(in);
        for (int i = d.suffixFrom; i < total; i++) d.reviews.add(review(in));
        return d;
    }

    /** The mode a review was recorded in, "" for none. */
    static String mode(ReviewRecord r) {
        return r.mode() == null ? "" : r.mode();
    }

    private static void memory(BinaryOut out, MemoryState m) {
        out.u8(m.state().ordinal());
        out.i32(m.step());
        out.f64(m.stability());
        out.f64(m.difficulty());
        instant(out, m.due());
        nullableInstant(out, m.lastReview());
        out.i32(m.scheduledDays());
        out.i32(m.reps());
        out.i32(m.lapses());
    }

    private static MemoryState memory(BinaryIn in) throws IOException {
        CardState state = CardState.values()[in.u8()];
        return new MemoryState(state, in.i32(), in.f64(), in.f64(), instant(in), nullableInstant(in),
                in.i32(), in.i32(), in.i32());
    }

    private static void review(BinaryOut out, ReviewRecord r) {
        out.str(r.card().value());
        instant(out, r.at());
        out.u8(r.rating().ordinal());
        out.bool(r.mode() != null);
        if (r.mode() != null) out.str(r.mode());
        out.i64(r.ms());
    }

    private static ReviewRecord review(BinaryIn in) throws IOException {
        CardId id = new CardId(in.str());
        Instant at = instant(in);
        Rating rating = Rating.values()[in.u8()];
        String mode = in.bool() ? in.str() : null;
        return new ReviewRecord(id, at, rating, mode, in.i64());
    }

    private static void exam(BinaryOut out, ExamRecord x) {
        instant(out, x.startedAt());
        nullableInstant(out, x.finishedAt());
        string(out, x.format());
        out.i32(x.questions());
        out.i32(x.correct());
        out.bool(x.complete());
        out.i32(x.domains().size());
        for (Map.Entry<String, ExamRecord.DomainScore> e : new java.util.TreeMap<>(x.domains()).entrySet()) {
            string(out, e.getKey());
            out.i32(e.getValue().questions());
            out.i32(e.getValue().correct());
        }
        out.i32(x.missed().size());
        for (String m : x.missed()) string(out, m);
    }

    private static ExamRecord exam(BinaryIn in) throws IOException {
        Instant started = instant(in);
        Instant finished = nullableInstant(in);
        String format = string(in);
        int questions = in.i32();
        int correct = in.i32();
        boolean complete = in.bool();
        int n = count(in);
        Map<String, ExamRecord.DomainScore> domains = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) domains.put(string(in), new ExamRecord.DomainScore(in.i32(), in.i32()));
        int m = count(in);
        List<String> missed = new ArrayList<>(m);
        for (int i = 0; i < m; i++) missed.add(string(in));
        return new ExamRecord(started, finished, format, questions, correct, complete, domains, missed);
    }

    private static void instant(BinaryOut out, Instant t) {
        out.i64(t.getEpochSecond());
        out.i32(t.getNano());
    }

    private static Instant instant(BinaryIn in) throws IOException {
        return Instant.ofEpochSecond(in.i64(), in.i32());
    }

    private static void nullableInstant(BinaryOut out, Instant t) {
        out.bool(t != null);
        if (t != null) instant(out, t);
    }

    private static Instant nullableInstant(BinaryIn in) throws IOException {
        return in.bool() ? instant(in) : null;
    }

    private static void string(BinaryOut out, String s) {
        out.str(Objects.requireNonNullElse(s, ""));
    }

    private static String string(BinaryIn in) throws IOException {
        return in.str();
    }

    private static int count(BinaryIn in) throws IOException {
        return in.count();
    }
}
