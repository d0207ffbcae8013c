package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChapterTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Chapter 5: The Docker Engine        | 5  | The Docker Engine",
            "5: The Docker Engine                | 5  | The Docker Engine",
            "Docker Deep Dive - Chapter 10 - Swarm | 10 | Swarm",
            "Chpater 5                           | 5  | The Docker Engine",
            "Chaptre 12 – Overlay                | 12 | Overlay",
            "Ch. 7 Containers                    | 7  | Containers",
            "CHAPTER 13                          | 13 | Volumes and persistent data",
    })
    void headingsNameTheirChapter(String heading, int number, String title) {
        Optional<ChapterTitle> ct = ChapterTitle.parse(heading);
        assertTrue(ct.isPresent(), heading);
        assertEquals(number, ct.get().number());
        assertEquals(title, ct.get().title());
    }

    @ParameterizedTest
    @CsvSource({"The Docker Engine", "Docker 2.0 release notes", "Meeting notes 5/31", "Charter 3", "Top 10 tips", "Catcher 5"})
    void otherHeadingsNameNoChapter(String heading) {
        assertEquals(Optional.empty(), ChapterTitle.parse(heading), heading);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "05-engine.md                   | 5  | Engine",
            "README-05-docker-engine.md     | 5  | Docker engine",
            "10_swarm.md                    | 10 | Swarm",
            "chapter-11.md                  | 11 | Docker networking",
            "13.md                          | 13 | Volumes and persistent data",
    })
    void fileNamesNameTheirChapter(String file, int number, String title) {
        Optional<ChapterTitle> ct = ChapterTitle.fromFileName(file);
        assertTrue(ct.isPresent(), file);
        assertEquals(number, ct.get().number());
        assertEquals(title, ct.get().title());
    }

    @ParameterizedTest
    @CsvSource({"study-group-notes.md", "README.md", "notes-2024.md"})
    void otherFileNamesNameNoChapter(String file) {
        assertEquals(Optional.empty(), ChapterTitle.fromFileName(file), file);
    }
}
