package dca.progress;

import dca.deck.CardId;
import dca.deck.Kind;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
import java.util.zip.CRC32C;

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
    private static final byte[] MAGIC = "DCASNAP4".getBytes(StandardCharsets.US_ASCII);
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
        if (id == null || bytes.length < MAGIC.length + 8) return null;
        for (int i = 0; i < MAGIC.length; i++) if (bytes[i] != MAGIC[i]) return null;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length - MAGIC.length - 8))) {
            if (!id.equals(in.readUTF())) return null;
            ProgressData d = decode(in);
            int logBytes = in.readInt();
            if (logBytes != in.available()) return null;
            if (!whole) return d;
            int n = count(in);
            List<ReviewRecord> log = new ArrayList<>(n);
            for (int i = 0; i < n; i++) log.add(review(in));
            if (in.available() != 0 || n != d.suffixFrom + d.reviews.size()) return null;
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

    private static byte[] encode(String id, ProgressData d, Instant savedAt) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024 + d.cards.size() * 160);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeUTF(id);
        Settings s = d.settings;
        out.writeDouble(s.desiredRetention());
        out.writeInt(s.newPerDay());
        out.writeBoolean(s.fuzz());
        out.writeUTF(s.examDate() == null ? "" : s.examDate().toString());
        out.writeBoolean(s.examMode());
        FittedWeights w = s.weights();
        out.writeBoolean(w != null);
        if (w != null) {
            for (double x : w.weights()) out.writeDouble(x);
            instant(out, w.fittedAt());
            out.writeInt(w.reviews());
        }
        out.writeLong(d.journalSeq);
        out.writeInt(d.cards.size());
        for (Map.Entry<CardId, CardProgress> e : d.cards.entrySet()) {
            out.writeUTF(e.getKey().value());
            Kind k = d.kinds.get(e.getKey());
            out.writeByte(k == null ? -1 : k.ordinal());
            CardId first = d.firstIds.get(e.getKey());
            out.writeUTF(first == null ? "" : first.value());
            CardProgress p = e.getValue();
            string(out, p.deck());
            string(out, p.prompt());
            memory(out, p.memory());
        }
        out.writeInt(d.exams.size());
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
        out.writeInt(firsts.size());
        for (Map.Entry<CardId, Map<String, FirstReview>> e : firsts.entrySet()) {
            out.writeUTF(e.getKey().value());
            out.writeInt(counts.get(e.getKey()));
            out.writeInt(e.getValue().size());
            for (Map.Entry<String, FirstReview> f : e.getValue().entrySet()) {
                out.writeUTF(f.getKey());
                out.writeInt(f.getValue().position());
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
        out.writeInt(n);
        out.writeInt(from);
        nullableInstant(out, before);
        for (int i = from; i < n; i++) review(out, d.reviews.get(i));
        // The whole log last, behind its length, so that a session skips it unread.
        ByteArrayOutputStream logBytes = new ByteArrayOutputStream(n * 48 + 16);
        DataOutputStream log = new DataOutputStream(logBytes);
        log.writeInt(n);
        for (ReviewRecord r : d.reviews) review(log, r);
        log.flush();
        out.writeInt(logBytes.size());
        logBytes.writeTo(out);
        out.flush();
        CRC32C crc = new CRC32C();
        byte[] body = bytes.toByteArray();
        crc.update(body, 0, body.length);
        out.writeLong(crc.getValue());
        return bytes.toByteArray();
    }

    private static ProgressData decode(DataInputStream in) throws IOException {
        ProgressData d = new ProgressData();
        d.partial = true;
        double retention = in.readDouble();
        int newPerDay = in.readInt();
        boolean fuzz = in.readBoolean();
        String exam = in.readUTF();
        boolean examMode = in.readBoolean();
        FittedWeights weights = null;
        if (in.readBoolean()) {
            double[] w = new double[21];
            for (int i = 0; i < w.length; i++) w[i] = in.readDouble();
            weights = new FittedWeights(w, instant(in), in.readInt());
        }
        d.settings = new Settings(retention, newPerDay, fuzz, exam.isEmpty() ? null : LocalDate.parse(exam), examMode, weights);
        d.journalSeq = in.readLong();
        int cards = count(in);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < cards; i++) {
            CardId id = new CardId(in.readUTF());
            int k = in.readByte();
            if (k >= 0) d.kinds.put(id, kinds[k]);
            String first = in.readUTF();
            if (!first.isEmpty()) d.firstIds.put(id, new CardId(first));
            d.cards.put(id, new CardProgress(string(in), string(in), memory(in)));
        }
        int exams = count(in);
        for (int i = 0; i < exams; i++) d.exams.add(exam(in));
        int withFirsts = count(in);
        d.firsts = new HashMap<>(withFirsts * 2);
        d.counts = new HashMap<>(withFirsts * 2);
        for (int i = 0; i < withFirsts; i++) {
            CardId id = new CardId(in.readUTF());
            d.counts.put(id, in.readInt());
            int modes = count(in);
            Map<String, FirstReview> m = new HashMap<>(4);
            for (int j = 0; j < modes; j++) m.put(in.readUTF(), new FirstReview(in.readInt(), instant(in)));
            d.firsts.put(id, m);
        }
        int total = in.readInt();
        d.suffixFrom = in.readInt();
        if (d.suffixFrom < 0 || d.suffixFrom > total) throw new IOException("bad suffix");
        d.before = nullableInstant(in);
        for (int i = d.suffixFrom; i < total; i++) d.reviews.add(review(in));
        return d;
    }

    /** The mode a review was recorded in, "" for none. */
    static String mode(ReviewRecord r) {
        return r.mode() == null ? "" : r.mode();
    }

    private static void memory(DataOutputStream out, MemoryState m) throws IOException {
        out.writeByte(m.state().ordinal());
        out.writeInt(m.step());
        out.writeDouble(m.stability());
        out.writeDouble(m.difficulty());
        instant(out, m.due());
        nullableInstant(out, m.lastReview());
        out.writeInt(m.scheduledDays());
        out.writeInt(m.reps());
        out.writeInt(m.lapses());
    }

    private static MemoryState memory(DataInputStream in) throws IOException {
        CardState state = CardState.values()[in.readUnsignedByte()];
        return new MemoryState(state, in.readInt(), in.readDouble(), in.readDouble(), instant(in), nullableInstant(in),
                in.readInt(), in.readInt(), in.readInt());
    }

    private static void review(DataOutputStream out, ReviewRecord r) throws IOException {
        out.writeUTF(r.card().value());
        instant(out, r.at());
        out.writeByte(r.rating().ordinal());
        out.writeBoolean(r.mode() != null);
        if (r.mode() != null) out.writeUTF(r.mode());
        out.writeLong(r.ms());
    }

    private static ReviewRecord review(DataInputStream in) throws IOException {
        CardId id = new CardId(in.readUTF());
        Instant at = instant(in);
        Rating rating = Rating.values()[in.readUnsignedByte()];
        String mode = in.readBoolean() ? in.readUTF() : null;
        return new ReviewRecord(id, at, rating, mode, in.readLong());
    }

    private static void exam(DataOutputStream out, ExamRecord x) throws IOException {
        instant(out, x.startedAt());
        nullableInstant(out, x.finishedAt());
        string(out, x.format());
        out.writeInt(x.questions());
        out.writeInt(x.correct());
        out.writeBoolean(x.complete());
        out.writeInt(x.domains().size());
        for (Map.Entry<String, ExamRecord.DomainScore> e : new java.util.TreeMap<>(x.domains()).entrySet()) {
            string(out, e.getKey());
            out.writeInt(e.getValue().questions());
            out.writeInt(e.getValue().correct());
        }
        out.writeInt(x.missed().size());
        for (String m : x.missed()) string(out, m);
    }

    private static ExamRecord exam(DataInputStream in) throws IOException {
        Instant started = instant(in);
        Instant finished = nullableInstant(in);
        String format = string(in);
        int questions = in.readInt();
        int correct = in.readInt();
        boolean complete = in.readBoolean();
        int n = count(in);
        Map<String, ExamRecord.DomainScore> domains = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) domains.put(string(in), new ExamRecord.DomainScore(in.readInt(), in.readInt()));
        int m = count(in);
        List<String> missed = new ArrayList<>(m);
        for (int i = 0; i < m; i++) missed.add(string(in));
        return new ExamRecord(started, finished, format, questions, correct, complete, domains, missed);
    }

    private static void instant(DataOutputStream out, Instant t) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void nullableInstant(DataOutputStream out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) instant(out, t);
    }

    private static Instant nullableInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? instant(in) : null;
    }

    /** Length-prefixed UTF-8: prompts may pass writeUTF's 64 KB. */
    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = Objects.requireNonNullElse(s, "").getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = count(in);
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("bad count " + n);
        return n;
    }
}
