package dca.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Standard input for a plain-mode drill that answers what it was just shown, as a person would:
 * each time dca wants a line, {@code policy} gets the text printed since the last answer (the card,
 * its options, the prompt) and returns the next line, or null to end the input.
 */
class PromptedInput extends InputStream {
    /** What dca prints, read incrementally so a long session is not decoded again at every prompt. */
    static final class Screen extends ByteArrayOutputStream {
        private int read;

        synchronized String unread() {
            String s = new String(buf, read, count - read, StandardCharsets.UTF_8);
            read = count;
            return s;
        }
    }

    private final Supplier<String> answers;
    private byte[] pending = new byte[0];
    private int pos;
    private boolean ended;

    PromptedInput(Screen screen, Function<String, String> policy) {
        this.answers = () -> policy.apply(screen.unread());
    }

    /** For a subclass that decides each line in {@link #next()}. */
    protected PromptedInput() {
        this.answers = null;
    }

    /** The next input line, or null to end the input. */
    protected String next() {
        return answers.get();
    }

    @Override
    public int read() {
        if (!refill()) return -1;
        return pending[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) return 0;
        if (!refill()) return -1;
        int n = Math.min(len, pending.length - pos);
        System.arraycopy(pending, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return pending.length - pos;
    }

    private boolean refill() {
        if (pos < pending.length) return true;
        if (ended) return false;
        String answer = next();
        if (answer == null) {
            ended = true;
            return false;
        }
        pending = (answer + "\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
    }
}
