package dca.share;

import java.nio.charset.StandardCharsets;

/**
 * Just enough of the protobuf wire format to read two settings from the config blobs of Anki's
 * newer schema (a note type's kind, a template's front and back); a generated parser and its
 * runtime would be hundreds of classes for that. Malformed input gives {@link Malformed}.
 */
final class Protobuf {
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private Protobuf() {}

    /** The last varint value of field {@code number}, or {@code absent}. */
    static long varint(byte[] blob, int number, long absent) throws Malformed {
        long[] value = {absent};
        scan(blob, (field, wire, start, end, v) -> {
            if (field == number && wire == 0) value[0] = v;
        });
        return value[0];
    }

    /** The last length-delimited field {@code number} as UTF-8 text, or "". */
    static String string(byte[] blob, int number) throws Malformed {
        String[] value = {""};
        scan(blob, (field, wire, start, end, v) -> {
            if (field == number && wire == 2) value[0] = new String(blob, start, end - start, StandardCharsets.UTF_8);
        });
        return value[0];
    }

    private interface Visitor {
        void field(int number, int wire, int start, int end, long varint);
    }

    private static void scan(byte[] b, Visitor v) throws Malformed {
        if (b == null) return;
        int[] pos = {0};
        while (pos[0] < b.length) {
            long key = readVarint(b, pos);
            int number = (int) (key >>> 3);
            int wire = (int) (key & 7);
            switch (wire) {
                case 0 -> v.field(number, 0, 0, 0, readVarint(b, pos));
                case 1 -> skip(b, pos, 8);
                case 5 -> skip(b, pos, 4);
                case 2 -> {
                    long len = readVarint(b, pos);
                    if (len < 0 || len > b.length - pos[0]) throw new Malformed("a field runs past the end");
                    int start = pos[0];
                    pos[0] += (int) len;
                    v.field(number, 2, start, pos[0], 0);
                }
                default -> throw new Malformed("wire type " + wire);
            }
        }
    }

    private static void skip(byte[] b, int[] pos, int n) throws Malformed {
        if (b.length - pos[0] < n) throw new Malformed("a field runs past the end");
        pos[0] += n;
    }

    private static long readVarint(byte[] b, int[] pos) throws Malformed {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= b.length) throw new Malformed("a number runs past the end");
            byte x = b[pos[0]++];
            result |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) return result;
        }
        throw new Malformed("a number is too long");
    }
}
