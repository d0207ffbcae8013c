package dca.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void decodesUtf8AndRefusesAnythingElse() throws Exception {
        assertEquals("docker0 › bridge", Utf8.decode("docker0 › bridge".getBytes(StandardCharsets.UTF_8)));
        byte[] latin1 = "line one\ncafé\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(CharacterCodingException.class, () -> Utf8.decode(latin1));
        assertEquals(2, Utf8.firstBadLine(latin1));
        assertEquals(0, Utf8.firstBadLine("fine\n".getBytes(StandardCharsets.UTF_8)));
    }
}
