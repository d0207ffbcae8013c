package dca.notes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Input hygiene: strict UTF-8, no byte-order mark, LF line ends. Line numbers are kept. */
final class NotesText {
    private NotesText() {}

    /** Decodes strictly, so a Latin-1 or UTF-16 file is an error naming it instead of mojibake cards. */
    static String decode(byte[] bytes, String file) throws NotesException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return clean(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new NotesException(file + " is not UTF-8 text (" + firstBadByte(bytes) + ")");
        }
    }

    /** Drops a BOM and NUL characters, turns CRLF and lone CR into LF (one line stays one line). */
    static String clean(String text) {
        String t = text;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') t = t.substring(1);
        if (t.indexOf('\r') >= 0) t = t.replace("\r\n", "\n").replace('\r', '\n');
        if (t.indexOf('\0') >= 0) t = t.replace('\0', '\uFFFD');
        return t;
    }

    private static String firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Find the line of the first undecodable byte by decoding line by line.
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return "bad byte on line " + line;
                }
                line++;
                start = i + 1;
            }
        }
        return "bad byte";
    }
}
