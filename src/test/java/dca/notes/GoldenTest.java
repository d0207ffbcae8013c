package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dca.deck.DeckJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: {@code src/test/resources/golden/<case>.md} must parse to {@code <case>.json} (the
 * decks in deck JSON, plus the problems check would print). Each case is small and shows one rule.
 * {@code -Dgolden.update=true} (or {@code GOLDEN_UPDATE=1}) rewrites the expected files; review the diff.
 */
class GoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsGoldenFile() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(cases.size() >= 20, "golden cases missing from " + DIR.toAbsolutePath());
        return cases.stream().map(md -> DynamicTest.dynamicTest(md.getFileName().toString(), () -> check(md)));
    }

    private static void check(Path md) throws Exception {
        String name = md.getFileName().toString();
        String actual = render(NotesLoader.parse(Files.readAllBytes(md), name));
        Path expected = md.resolveSibling(name.replaceFirst("\\.md$", ".json"));
        if (update()) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), "no golden file " + expected + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden file " + expected);
    }

    static String render(ParsedNotes parsed) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode problems = root.putArray("problems");
        parsed.problems().forEach(p -> problems.add(p.toString()));
        root.set("decks", JSON.readTree(DeckJson.write(parsed.decks())));
        return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }

    private static boolean update() {
        return Boolean.getBoolean("golden.update") || "1".equals(System.getenv("GOLDEN_UPDATE"))
                || "true".equals(System.getenv("GOLDEN_UPDATE"));
    }
}
