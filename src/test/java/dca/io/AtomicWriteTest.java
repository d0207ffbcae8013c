package dca.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheTargetWholeAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("deck.json");
        Files.writeString(target, "old");
        AtomicWrite.write(target, out -> {
            out.write("new ".getBytes(StandardCharsets.UTF_8));
            out.close(); // writers may close their stream: the file is still forced and renamed
        });
        assertEquals("new ", Files.readString(target));
        assertEquals(List.of("deck.json"), names());
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws Exception {
        Path target = dir.resolve("deck.json");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicWrite.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("deck.json"), names());
    }

    @Test
    void aBatchRenamesNothingUntilEveryFileIsWritten() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, "old a");
        assertThrows(IOException.class, () -> {
            try (AtomicWrite.Batch batch = new AtomicWrite.Batch()) {
                batch.add(a, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
                batch.add(b, out -> {
                    throw new IOException("disk full");
                });
                batch.commit();
            }
        });
        assertEquals("old a", Files.readString(a));
        assertEquals(List.of("a.json"), names());

        try (AtomicWrite.Batch batch = new AtomicWrite.Batch()) {
            batch.add(a, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
            batch.add(b, out -> out.write("new b".getBytes(StandardCharsets.UTF_8)));
            batch.commit();
        }
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertEquals(List.of("a.json", "b.json"), names());
    }
}
