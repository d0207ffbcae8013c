package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README's chapter table is the output of {@code dca decks --markdown} on the shipped notes, so
 * it cannot drift from the curriculum. Run with {@code -Dreadme.update=true} to rewrite it.
 */
class ReadmeTest {
    private static final String BEGIN = "<!-- decks:begin -->\n";
    private static final String END = "<!-- decks:end -->";

    @Test
    void chapterTableIsGeneratedFromTheNotes() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        // The checkout is this run's home: parse without caching, so nothing is written into it.
        CliHarness.Result r = new CliHarness(root).env("DCA_CACHE", "off").run("decks", "--markdown", "--notes", "notes");
        assertEquals(0, r.code(), r.err());
        Path readme = root.resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int a = text.indexOf(BEGIN);
        int b = text.indexOf(END);
        assertTrue(a >= 0 && b > a, "README.md lacks the decks markers");
        String table = r.out().strip() + "\n";
        if (Boolean.getBoolean("readme.update")) {
            text = text.substring(0, a + BEGIN.length()) + table + text.substring(b);
            Files.writeString(readme, text, StandardCharsets.UTF_8);
            b = text.indexOf(END);
        }
        assertEquals(table, text.substring(a + BEGIN.length(), b),
                "README's chapter table is out of date: run ./mvnw test -Dtest=ReadmeTest -Dreadme.update=true");
    }
}
