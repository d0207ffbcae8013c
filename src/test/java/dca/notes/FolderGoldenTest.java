package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dca.deck.Deck;
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
 * Golden folders: each directory under {@code src/test/resources/golden-folders/} is a notes
 * repository laid out as study groups lay theirs out, and must load to {@code <case>.json} beside it:
 * every file read or skipped (and why), the problems check would print, and the decks (parts of one
 * chapter joined). {@code -Dgolden.update=true} rewrites the expected files; review the diff.
 */
class FolderGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden-folders");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TestFactory
    Stream<DynamicTest> everyFolderMatchesItsGoldenFile() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 5, "golden folders missing from " + DIR.toAbsolutePath());
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws Exception {
        String actual = render(NotesLoader.parseAll(dir, dir, p -> true));
        Path expected = dir.resolveSibling(dir.getFileName() + ".json");
        if (Boolean.getBoolean("golden.update") || "1".equals(System.getenv("GOLDEN_UPDATE"))) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), "no golden file " + expected + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden file " + expected);
    }

    static String render(List<ParsedNotes> parsed) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode files = root.putArray("files");
        ArrayNode problems = root.putArray("problems");
        for (ParsedNotes p : parsed) {
            ObjectNode f = files.addObject();
            f.put("file", p.file());
            if (p.isSkipped()) {
                f.put("skipped", p.skipped());
            } else {
                ArrayNode decks = f.putArray("decks");
                for (Deck d : p.decks()) decks.add(d.name() + " " + d.cards().size());
            }
            p.problems().forEach(pr -> problems.add(pr.toString()));
        }
        root.set("decks", JSON.readTree(DeckJson.write(NotesLoader.decks(parsed))));
        return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }
}
