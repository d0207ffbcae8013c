package dca.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs a writer process at random moments, again and again on one file: the file must always
 * parse and hold every answer the writer confirmed, and the dead writer's lock must not block the
 * next one. 15 kills in {@code ./mvnw test}; {@code -Ddca.long=true} runs 500. Tagged slow: it
 * starts a JVM per kill ({@code -DexcludedGroups=slow} leaves it out).
 */
@Tag("slow")
class ProgressKillTest {
    private static final Clock CLOCK = ProgressStoreTest.CLOCK;

    @TempDir
    Path dir;

    @Test
    void killedWritersNeverLoseAConfirmedAnswer() throws Exception {
        int runs = Boolean.getBoolean("dca.long") ? 500 : 15;
        Path file = dir.resolve("progress.json");
        Random random = new Random(42);
        Set<Long> confirmed = new HashSet<>();
        int killedMidStream = 0;
        for (int run = 0; run < runs; run++) {
            Process child = start(file);
            BlockingQueue<String> lines = pump(child);
            String first = lines.poll(30, TimeUnit.SECONDS);
            assertEquals("ready", first, "writer did not start: " + first);
            if (run == 0) {
                ProgressException e = assertThrows(ProgressException.class, () -> ProgressStore.open(file, CLOCK));
                assertTrue(e.getMessage().startsWith(ProgressStore.IN_USE), e.getMessage());
            }
            // Let it confirm a random number of answers, then kill it a random few milliseconds later.
            int wait = random.nextInt(25);
            for (int i = 0; i < wait; i++) {
                String line = lines.poll(10, TimeUnit.SECONDS);
                if (line == null) break;
                confirmed.add(Long.parseLong(line));
            }
            Thread.sleep(random.nextInt(8));
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            if (child.exitValue() != 0) killedMidStream++;
            // Lines printed before death are confirmations too.
            Thread.sleep(5);
            for (String line; (line = lines.poll()) != null; ) {
                if (line.chars().allMatch(Character::isDigit) && !line.isEmpty()) confirmed.add(Long.parseLong(line));
            }

            Set<Long> onDisk = new HashSet<>();
            try (ProgressStore s = ProgressStore.open(file, CLOCK)) { // parses, and the dead lock is free
                s.reviews().forEach(r -> onDisk.add(r.ms()));
                assertEquals(s.reviews().size(), onDisk.size(), "no review is written twice");
            }
            List<Long> lost = new ArrayList<>(confirmed);
            lost.removeAll(onDisk);
            assertEquals(List.of(), lost, "run " + run + ": confirmed answers missing from the file");
        }
        assertTrue(killedMidStream > runs / 2, "most runs were killed, not finished: " + killedMidStream);
        assertTrue(confirmed.size() > runs, "answers were confirmed: " + confirmed.size());
    }

    @Test
    void aRefusedSecondOpenDoesNotReleaseTheFirstLock() throws Exception {
        // POSIX drops all of a process's locks on a file when any descriptor for it closes; the
        // refused second open closes one, so check from another process that the lock still holds.
        Path file = dir.resolve("progress.json");
        try (ProgressStore first = ProgressStore.open(file, CLOCK)) {
            assertThrows(ProgressException.class, () -> ProgressStore.open(file, CLOCK));
            Process child = start(file);
            try {
                BlockingQueue<String> lines = pump(child);
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the other process got the lock and kept writing");
                assertTrue(child.exitValue() != 0, "the other process must be refused");
                Thread.sleep(50);
                assertTrue(!lines.contains("ready"), "the other process got the lock: " + lines);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    private static Process start(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), ProgressWriterMain.class.getName(), file.toString());
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Stdout lines as they come, read on a daemon thread so a kill never blocks the test. */
    private static BlockingQueue<String> pump(Process p) {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) q.add(line.trim());
            } catch (Exception e) {
                // the process died mid-line: whatever was read is in the queue
            }
        });
        t.setDaemon(true);
        t.start();
        return q;
    }
}
