package dca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.progress.Storage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress file faults through the CLI (DESIGN §5, §9): a second session, damaged or hand-edited
 * files, a full disk and a read-only directory each end in exit 3 with one line saying what and one
 * saying how to fix it, and the file's bytes are left as they were.
 */
class CliProgressFaultTest {
    static final String NOW = CliKillTest.START.toString();

    @TempDir
    Path dir;
    Path notes;
    Path file;

    @BeforeEach
    void setUp() throws Exception {
        notes = CliKillTest.notes(dir);
        file = dir.resolve("progress.json");
    }

    private CliHarness dca() {
        return new CliHarness(dir).env("DCA_NOW", NOW).env("DCA_NOTES", notes.toString()).env("DCA_PROGRESS", file.toString());
    }

    /** exit 3, "dca: …" naming the file, one hint line, no stack trace. */
    private static void assertProgressError(CliHarness.Result r, String what, String expected) {
        assertEquals(3, r.code(), what + ": " + r.err() + r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), what + ": " + r.err());
        assertTrue(lines.get(0).startsWith("dca: ") && lines.get(0).contains(expected), what + ": " + lines.get(0));
        assertTrue(lines.get(1).startsWith("  ") && lines.get(1).length() > 10, what + ": " + lines.get(1));
    }

    private String validFile() throws Exception {
        CliHarness.Result r = dca().runWithInput("\n3\n\n1\n\n4\nq\n", "quiz", "chapter-1", "--plain");
        assertEquals(0, r.code(), r.err());
        return Files.readString(file);
    }

    @Test
    void aSecondSessionIsRefusedAndTheFirstLosesNothing() throws Exception {
        try (ChildDca first = ChildDca.start(dir.resolve("home"), NOW, List.of(
                "--notes", notes.toString(), "--progress", file.toString(), "quiz", "chapter-1", "--plain"))) {
            for (String line; (line = first.next(30)) != null && !line.startsWith("? reveal"); ) { /* wait for the first card */ }
            byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
            for (String[] args : List.of(new String[] {"quiz", "chapter-1", "--plain"}, new String[] {"review", "--plain"})) {
                CliHarness.Result second = dca().runWithInput("\n3\n", args);
                assertProgressError(second, String.join(" ", args), "in use by another dca session");
                assertFalse(second.out().contains("graded:"), second.out());
                assertArrayEquals(before, Files.exists(file) ? Files.readAllBytes(file) : null);
            }
            // Settings are not in the progress file: changing one needs no lock on it.
            CliHarness.Result config = dca().run("config", "set", "newPerDay", "5");
            assertEquals(0, config.code(), config.err());
            assertArrayEquals(before, Files.exists(file) ? Files.readAllBytes(file) : null);
            first.send("");
            first.send("3");
            String graded = null;
            for (String line; (line = first.next(30)) != null; ) {
                if (line.startsWith("graded: ")) graded = line;
                if (line.startsWith("card: ") && graded != null) break;
            }
            assertTrue(graded != null && graded.startsWith("graded: good"), "the first session goes on: " + graded);
            first.send("q");
            assertTrue(first.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(0, first.process.exitValue());
        }
        assertTrue(Files.readString(file).contains("\"rating\":\"good\""), "the first session's answer is saved");
        assertEquals(0, dca().runWithInput("q\n", "quiz", "chapter-1", "--plain").code(), "the lock is free again");
    }

    @Test
    void damagedAndHandEditedFilesAreRefusedAndLeftUntouched() throws Exception {
        String valid = validFile();
        assertTrue(valid.contains("\"state\":\"learning\"") && valid.contains("\"difficulty\":"), valid);
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("corrupt", valid.replaceFirst("\"reps\":1", "\"reps\":one"));
        broken.put("truncated", valid.substring(0, valid.length() / 2));
        broken.put("empty", "");
        broken.put("binary", "\u0000\u0001PK\u0003\u0004");
        broken.put("newer", valid.replace("\"version\":1", "\"version\":99"));
        broken.put("unknown-state", valid.replaceFirst("\"state\":\"learning\"", "\"state\":\"frozen\""));
        broken.put("missing-field", valid.replaceFirst("\"difficulty\":[0-9.]+,", ""));
        broken.put("bad-due-date", valid.replaceFirst("\"due\":\"[^\"]+\"", "\"due\":\"next tuesday\""));
        broken.put("bad-rating", valid.replaceFirst("\"rating\":\"good\"", "\"rating\":\"great\""));
        broken.put("negative-reps", valid.replaceFirst("\"reps\":1", "\"reps\":-3"));
        for (Map.Entry<String, String> b : broken.entrySet()) {
            byte[] bytes = b.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(file, bytes);
            for (String[] args : List.of(new String[] {"quiz", "chapter-1", "--plain"}, new String[] {"stats"},
                    new String[] {"weak", "--list"}, new String[] {"config", "set", "newPerDay", "5"})) {
                String what = b.getKey() + " / " + String.join(" ", args);
                CliHarness.Result r = dca().runWithInput("\n3\n", args);
                assertProgressError(r, what, file.toString());
                assertArrayEquals(bytes, Files.readAllBytes(file), what + ": the file must not change");
            }
        }
    }

    @Test
    void aFullDiskLeavesThePreviousFileAndSaysSo() throws Exception {
        validFile();
        byte[] before = Files.readAllBytes(file);
        Failing disk = new Failing(Failing.Mode.DISK_FULL);
        CliHarness.Result r = dca().storage(disk).runWithInput("\n3\n\n3\n", "quiz", "chapter-1", "--plain", "--new", "5");
        assertProgressError(r, "full disk", "No space left on device");
        assertTrue(r.err().contains(file.toString()), r.err());
        assertFalse(r.out().contains("graded:"), "an answer that was not saved is never confirmed: " + r.out());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("progress.json.tmp")), "the partial temp file is removed");

        // Settings go to the settings file: the progress file is not written at all.
        CliHarness.Result config = dca().storage(disk).run("config", "set", "newPerDay", "5");
        assertEquals(0, config.code(), config.err());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReadOnlyDirectoryIsAClearErrorAndLosesNothing() throws Exception {
        validFile();
        byte[] before = Files.readAllBytes(file);
        CliHarness.Result r = dca().storage(new Failing(Failing.Mode.READ_ONLY)).runWithInput("\n3\n", "quiz", "chapter-1", "--plain");
        assertProgressError(r, "read-only", "permission denied");
        assertArrayEquals(before, Files.readAllBytes(file));
        // Reading still works.
        assertEquals(0, dca().storage(new Failing(Failing.Mode.READ_ONLY)).run("weak", "--list").code());
    }

    /** The real disk failing the way a full disk (ENOSPC mid-write) or a read-only directory does. */
    static final class Failing implements Storage {
        enum Mode { DISK_FULL, READ_ONLY }

        private final Mode mode;

        Failing(Mode mode) { this.mode = mode; }

        @Override
        public void writeDurably(Path tmp, Body body) throws IOException {
            if (mode == Mode.READ_ONLY) throw new AccessDeniedException(tmp.toString());
            Storage.disk().writeDurably(tmp, out -> body.writeTo(new OutputStream() {
                long written;

                @Override
                public void write(int b) throws IOException {
                    if (++written > 100) throw new FileSystemException(tmp.toString(), null, "No space left on device");
                    out.write(b);
                }
            }));
        }

        @Override
        public void backup(Path target, Path bak) throws IOException { Storage.disk().backup(target, bak); }

        @Override
        public void replace(Path tmp, Path target) throws IOException { Storage.disk().replace(tmp, target); }

        @Override
        public void syncDirectory(Path d) { Storage.disk().syncDirectory(d); }

        @Override
        public void appendDurably(Path journal, byte[] bytes) throws IOException {
            if (mode == Mode.READ_ONLY) throw new AccessDeniedException(journal.toString());
            throw new FileSystemException(journal.toString(), null, "No space left on device");
        }

        @Override
        public void delete(Path file) throws IOException { Storage.disk().delete(file); }

        @Override
        public FileChannel openLockFile(Path lock) throws IOException {
            if (mode == Mode.READ_ONLY) throw new AccessDeniedException(lock.toString());
            return Storage.disk().openLockFile(lock);
        }
    }
}
