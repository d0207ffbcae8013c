package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void numbersCompareAsNumbersAndCaseIsFolded() {
        List<String> names = new ArrayList<>(List.of("10-swarm.md", "README.md", "2-docker.md", "02-again.md", "apple.md", "Banana.md"));
        names.sort(NaturalOrder::compare);
        assertEquals(List.of("2-docker.md", "02-again.md", "10-swarm.md", "apple.md", "Banana.md", "README.md"), names);
    }

    @Test
    void aFileComesBeforeTheFilesThatExtendItsName() {
        List<java.nio.file.Path> files = new ArrayList<>(List.of(java.nio.file.Path.of("05-engine-lab.md"), java.nio.file.Path.of("05-engine.md")));
        files.sort(NotesFolder::byName);
        assertEquals("05-engine.md", files.get(0).toString());
    }
}
