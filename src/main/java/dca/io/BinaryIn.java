package dca.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Reads what {@link BinaryOut} wrote, from a byte array, checking every length against what is
 * left: a damaged file fails with an {@link IOException}, never with a huge allocation.
 */
public final class BinaryIn {
    private final byte[] buf;
    private int pos;
    private final int end;

    private BinaryIn(byte[] buf, int pos, int end) {
        this.buf = buf;
        this.pos = pos;
        this.end = end;
    }

    /**
     * The bytes before the trailing checksum {@link BinaryOut#seal} wrote, when it matches; else null
     * (too short, torn or damaged).
     */
    public static BinaryIn sealed(byte[] bytes) {
        if (bytes == null || bytes.length < 8) return null;
        int body = bytes.length - 8;
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, body);
        long stored = new BinaryIn(bytes, body, bytes.length).i64OrZero();
        return crc.getValue() == stored ? new BinaryIn(bytes, 0, body) : null;
    }

    private long i64OrZero() {
        try {
            return i64();
        } catch (IOException e) {
            return 0;
        }
    }

    public int remaining() {
        return end - pos;
    }

    private void need(int n) throws IOException {
        if (n < 0 || n > end - pos) throw new IOException("truncated at byte " + pos);
    }

    /** True when the next bytes are {@code expected} (which are then skipped). */
    public boolean startsWith(byte[] expected) {
        if (expected.length > end - pos) return false;
        for (int i = 0; i < expected.length; i++) if (buf[pos + i] != expected[i]) return false;
        pos += expected.length;
        return true;
    }

    public int u8() throws IOException {
        need(1);
        return buf[pos++] & 0xff;
    }

    public boolean bool() throws IOException {
        int b = u8();
        if (b > 1) throw new IOException("not a boolean at byte " + (pos - 1));
        return b == 1;
    }

    public int i32() throws IOException {
        need(4);
        int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16 | (buf[pos + 2] & 0xff) << 8 | buf[pos + 3] & 0xff;
        pos += 4;
        return v;
    }

    public long i64() throws IOException {
        return (long) i32() << 32 | (i32() & 0xffffffffL);
    }

    public double f64() throws IOException {
        return Double.longBitsToDouble(i64());
    }

    /** A count of items that each take at least one byte: never more than is left. */
    public int count() throws IOException {
        int n = i32();
        need(n);
        return n;
    }

    public String str() throws IOException {
        int n = i32();
        need(n);
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    /** Skips {@code n} bytes. */
    public void skip(int n) throws IOException {
        need(n);
        pos += n;
    }
}
