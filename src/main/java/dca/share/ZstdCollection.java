package dca.share;

import com.github.luben.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The only use of zstd-jni: Anki 2.1.50+ compresses {@code collection.anki21b} with zstd. Kept in
 * its own class so that the native library is loaded only when such a package is imported, never
 * on the way to a quiz.
 */
final class ZstdCollection {
    /** 2^25 bytes: far above what Anki's compression level uses, and a cap on what a hostile frame can make dca allocate. */
    private static final int WINDOW_LOG_MAX = 25;

    private ZstdCollection() {}

    static InputStream decompressing(InputStream compressed) throws IOException {
        try {
            return new ZstdInputStream(compressed).setLongMax(WINDOW_LOG_MAX);
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError e) {
            throw new IOException("zstd is not available on this system (" + e.getMessage() + ")");
        }
    }
}
