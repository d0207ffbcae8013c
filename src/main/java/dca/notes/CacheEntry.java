package dca.notes;

import dca.io.BinaryIn;
import dca.io.BinaryOut;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One file of parsed notes kept for later: what it was made from (the parser version and a key
 * naming the notes' content) and the parsed notes themselves, sealed with a checksum. Read back only
 * when all three match; anything else (another version, other notes, a torn or damaged file) reads
 * as nothing, and the notes are parsed again.
 */
final class CacheEntry {
    private static final byte[] MAGIC = "DCANOTES".getBytes(StandardCharsets.US_ASCII);
    /** The layout of this envelope; the payload's layout is covered by the parser version. */
    private static final int FORMAT = 2;

    private CacheEntry() {}

    static byte[] seal(String parserVersion, String key, List<ParsedNotes> notes) {
        BinaryOut out = new BinaryOut(64 * 1024 + key.length() * 2);
        out.bytes(MAGIC).i32(FORMAT).str(parserVersion).str(key);
        ParsedNotesCodec.encode(notes, out);
        return out.seal().toByteArray();
    }

    /** The parsed notes when {@code bytes} is an intact entry for this parser version and key; else null. */
    static List<ParsedNotes> open(byte[] bytes, String parserVersion, String key) {
        BinaryIn in = header(bytes);
        try {
            if (in == null || !parserVersion.equals(in.str()) || !key.equals(in.str())) return null;
            List<ParsedNotes> notes = ParsedNotesCodec.decode(in);
            return in.remaining() == 0 ? notes : null;
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
