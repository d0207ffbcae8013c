package dca.notes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * One file of parsed notes kept for later: what it was made from (the parser version and a key
 * naming the notes' content) and the parsed notes themselves, sealed with a checksum. Read back only
 * when all three match; anything else (another version, other notes, a torn or damaged file) reads
 * as nothing, and the notes are parsed again.
 */
final class CacheEntry {
    private static final byte[] MAGIC = "DCANOTES".getBytes(StandardCharsets.US_ASCII);
    /** The layout of this envelope; the payload's layout is covered by the parser version. */
    private static final int FORMAT = 1;

    private CacheEntry() {}

    static byte[] seal(String parserVersion, String key, List<ParsedNotes> notes) {
        byte[] payload = ParsedNotesCodec.encode(notes);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + key.length() + 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(FORMAT);
            text(out, parserVersion);
            text(out, key);
            out.writeInt(payload.length);
            out.write(payload);
            CRC32C crc = new CRC32C();
            out.flush();
            byte[] sofar = bytes.toByteArray();
            crc.update(sofar, 0, sofar.length);
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The parsed notes when {@code bytes} is an intact entry for this parser version and key; else null. */
    static List<ParsedNotes> open(byte[] bytes, String parserVersion, String key) {
        if (!intact(bytes)) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length - MAGIC.length - 8))) {
            if (in.readInt() != FORMAT) return null;
            if (!parserVersion.equals(text(in)) || !key.equals(text(in))) return null;
            int length = in.readInt();
            if (length != in.available()) return null;
            List<ParsedNotes> notes = ParsedNotesCodec.decode(in);
            return in.available() == 0 ? notes : null;
        } catch (IOException | RuntimeException e) {
            return null; // damaged in a way the checksum missed, or written by a broken build: parse again
        }
    }

    /** The key an intact entry was made for (null when damaged): what {@code dca} looked it up by. */
    static String keyOf(byte[] bytes) {
        if (!intact(bytes)) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length - MAGIC.length - 8))) {
            in.readInt();
            text(in);
            return text(in);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean intact(byte[] bytes) {
        if (bytes == null || bytes.length < MAGIC.length + 4 + 8) return false;
        if (!Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return false;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        return crc.getValue() == ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("bad length");
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
