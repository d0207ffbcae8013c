package dca.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A growable big-endian byte buffer for dca's own binary files (parsed-notes cache, progress
 * snapshot). Strings are a length and their UTF-8 bytes. Unlike DataOutputStream it has no
 * stream and no lock per write, which matters when such a file is read or written at every start.
 */
public final class BinaryOut {
    private byte[] buf;
    private int len;

    public BinaryOut(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }

    public BinaryOut bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    public BinaryOut u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    public BinaryOut bool(boolean v) {
        return u8(v ? 1 : 0);
    }

    public BinaryOut i32(int v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    public BinaryOut i64(long v) {
        return i32((int) (v >>> 32)).i32((int) v);
    }

    public BinaryOut f64(double v) {
        return i64(Double.doubleToRawLongBits(v));
    }

    public BinaryOut str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        i32(b.length);
        return bytes(b);
    }

    public int size() {
        return len;
    }

    /** Appends the CRC-32C of everything written so far: what {@link BinaryIn#sealed} checks. */
    public BinaryOut seal() {
        CRC32C crc = new CRC32C();
        crc.update(buf, 0, len);
        return i64(crc.getValue());
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
