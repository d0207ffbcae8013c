package dca.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;

/**
 * The progress file format (DESIGN §5), read with Jackson's streaming parser (no object mapper to
 * load at start-up) by {@link DocumentReader} and {@link JournalReader} over {@link JsonTokens};
 * {@link ProgressEncoder} writes it. One card and one review per line, so the
 * file diffs well and a parse error's line points at one entry.
 *
 * <p>Version 0 (before settings existed) had no {@code settings} object and numeric ratings 1–4;
 * {@link #read} accepts it and reports {@link Parsed#version()} so the store can migrate it.
 */
final class ProgressJson {
    static final String FORMAT = "dca-progress";
    static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private ProgressJson() {}

    /** A file that is not valid progress JSON; line and column are 1-based (0 when unknown). */
    static final class FormatError extends Exception {
        final int line;
        final int column;
        /** The file is fine but written by a later dca. */
        boolean newer;

        /**
         * Messages quote the file's text: control characters (a newline in a JSON string, an escape
         * sequence) are shown as {@code \\uXXXX} so the error stays one inert line, and it is capped.
         */
        static String visible(String message) {
            if (message == null) return "";
            StringBuilder b = new StringBuilder(Math.min(message.length(), 300));
            for (int i = 0; i < message.length() && b.length() < 300; i++) {
                char c = message.charAt(i);
                if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
            return b.length() < 300 ? b.toString() : b + "…";
        }

        FormatError(String message, JsonLocation at) {
            super(visible(message));
            this.line = at == null ? 0 : Math.max(1, at.getLineNr());
            this.column = at == null ? 0 : Math.max(1, at.getColumnNr());
        }
    }

    /** {@code fromSnapshot}: read from the file's {@link Snapshot}, not its JSON. */
    record Parsed(int version, ProgressData data, boolean fromSnapshot) {
        Parsed(int version, ProgressData data) {
            this(version, data, false);
        }
    }

    /** Applies a journal's entries after the file's own journalSeq to data; returns the last seq. */
    static long readJournal(InputStream in, ProgressData data) throws IOException, FormatError {
        try (JsonParser p = FACTORY.createParser(in)) {
            return new JournalReader(p, data).journal(data.journalSeq);
        } catch (JsonProcessingException e) {
            throw new FormatError(oneLine(e.getOriginalMessage()), e.getLocation());
        }
    }

    static Parsed read(InputStream in) throws IOException, FormatError {
        try (JsonParser p = FACTORY.createParser(in)) {
            return new DocumentReader(p).document();
        } catch (JsonProcessingException e) {
            throw new FormatError(oneLine(e.getOriginalMessage()), e.getLocation());
        }
    }

    /** Jackson's message without its source excerpt and second lines: the position is reported apart. */
    static String oneLine(String msg) {
        if (msg == null) return "invalid JSON";
        int cut = msg.indexOf('\n');
        if (cut > 0) msg = msg.substring(0, cut);
        // "(start marker at [Source: …; line: 6, column: 12])", "(for Object starting at [Source: …])"
        int src = msg.indexOf("[Source:");
        if (src > 0) {
            int open = msg.lastIndexOf(" (", src);
            msg = msg.substring(0, open > 0 ? open : src);
        }
        return msg.trim();
    }
}
