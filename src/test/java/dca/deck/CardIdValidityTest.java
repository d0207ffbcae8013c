package dca.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written id check accepts exactly what the pattern it stands for accepts. */
class CardIdValidityTest {
    private static final Pattern VALID = Pattern.compile(CardId.VALID);

    @Test
    void theCheckAgreesWithThePattern() {
        List<String> cases = new ArrayList<>(List.of("", "a", "0", "-a", ".a", "_a", "a-", "a.b_c-d", "A", "aB", "ch11-bridge-default",
                "é", "a b", "a/b", "9f86d081884c", "a".repeat(64), "a".repeat(65), "z".repeat(63) + "-", "\u0661", "a\n"));
        Random r = new Random(7);
        String alphabet = "az09._-AZ /\u00e9\u0661";
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(70);
            for (int j = 0; j < n; j++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            cases.add(b.toString());
        }
        for (String c : cases) assertEquals(VALID.matcher(c).matches(), CardId.isValid(c), "'" + c + "'");
        assertEquals(false, CardId.isValid(null));
    }

    @Test
    void anInvalidIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CardId("Not-An-Id"));
        assertThrows(IllegalArgumentException.class, () -> new CardId(null));
        assertEquals("ch5-runc", new CardId("ch5-runc").value());
    }
}
