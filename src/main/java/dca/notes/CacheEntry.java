package dca.notes;

import dca.io.BinaryIn;
import dca.io.BinaryOut;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One file of parsed notes (or of stored decks) kept for later: what it was made from (the parser
 * version and a key naming the files' content) and what was read from them, sealed with a checksum. Read back only
 * when all three match; anything else (another version, other notes, a torn or damaged file) reads
 * as nothing, and the notes are parsed again.
 */
final class CacheEntry {
    private static final byte[] MAGIC = "DCANOTES".getBytes(StandardCharsets.US_ASCII);
    /** The layout of this envelope; the payload's layout is covered by the parser version. */
    private static final int FORMAT = 2;

    private CacheEntry() {}

    /** What an entry holds, as bytes and back: parsed notes, or the decks stored by {@code dca import}. */
    interface Payload<T> {
        void write(T value, BinaryOut out);

        T read(BinaryIn in) throws IOException;
    }

    static final Payload<List<ParsedNotes>> NOTES = new Payload<>() {
        @Override public void write(List<ParsedNotes> notes, BinaryOut out) { ParsedNotesCodec.encode(notes, out); }
        @Override public List<ParsedNotes> read(BinaryIn in) throws IOException { return ParsedNotesCodec.decode(in); }
    };

    static final Payload<List<List<dca.deck.Deck>>> DECK_FILES = new Payload<>() {
        @Override public void write(List<List<dca.deck.Deck>> files, BinaryOut out) { ParsedNotesCodec.encodeDeckFiles(files, out); }
        @Override public List<List<dca.deck.Deck>> read(BinaryIn in) throws IOException { return ParsedNotesCodec.decodeDeckFiles(in); }
    };

    static byte[] seal(String parserVersion, String key, List<ParsedNotes> notes) {
        return seal(parserVersion, key, notes, NOTES);
    }

    static <T> byte[] seal(String parserVersion, String key, T value, Payload<T> payload) {
        BinaryOut out = new BinaryOut(64 * 1024 + key.length() * 2);
        out.bytes(MAGIC).i32(FORMAT).str(parserVersion).str(key);
        payload.write(value, out);
        return out.seal().toByteArray();
    }

    /** The parsed notes when {@code bytes} is an intact entry for this parser version and key; else null. */
    static List<ParsedNotes> open(byte[] bytes, String parserVersion, String key) {
        return open(bytes, parserVersion, key, NOTES);
    }

    /** What the entry holds when {@code bytes} is an intact entry for this parser version and key; else null. */
    static <T> T open(byte[] bytes, String parserVersion, String key, Payload<T> payload) {
        BinaryIn in = header(bytes);
        try {
            if (in == null || !parserVersion.equals(in.str()) || !key.equals(in.str())) return null;
            T value = payload.read(in);
            return in.remaining() == 0 ? value : null;
        } catch (IOException | RuntimeException e) {
            return null; // damaged in a way the checksum missed, or written by a broken build: parse again
        }
    }

    /** The key an intact entry was made for (null when damaged): what {@code dca} looked it up by. */
    static String keyOf(byte[] bytes) {
        BinaryIn in = header(bytes);
        try {
            if (in == null) return null;
            in.str();
            return in.str();
        } catch (IOException e) {
            return null;
        }
    }

    /** An intact entry of this envelope format, positioned after its format number; else null. */
    private static BinaryIn header(byte[] bytes) {
        BinaryIn in = BinaryIn.sealed(bytes);
        try {
            return in != null && in.startsWith(MAGIC) && in.i32() == FORMAT ? in : null;
        } catch (IOException e) {
            return null;
        }
    }
}
