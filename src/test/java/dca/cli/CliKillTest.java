package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.progress.ProgressStore;
import dca.progress.ReviewRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL through the real program: child JVMs run scripted plain-mode {@code quiz} sessions on one
 * progress file and are killed at random moments (often right after a grade was sent, so during its
 * save). After each kill the file must parse, hold every answer the child confirmed (its
 * {@code graded:} line, printed only once the answer is on disk) and nothing twice, and the dead
 * session's lock must not block the next. 6 runs in {@code ./mvnw test}; {@code -Ddca.long=true}
 * runs 100. Tagged slow: every run starts the real program in a JVM of its own.
 */
@Tag("slow")
class CliKillTest {
    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    /** One chapter of 120 question/answer cards: enough that sessions rarely run out before the kill. */
    static Path notes(Path dir) throws Exception {
        StringBuilder md = new StringBuilder("# Chapter 1: Kill test\n\n");
        for (int i = 0; i < 120; i++) md.append("Q: What is kill test question number ").append(i).append("?\nA: answer ").append(i).append("\n\n");
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("01-kill.md"), md);
        return notes;
    }

    @Test
    void killedSessionsNeverLoseAConfirmedAnswer() throws Exception {
        int runs = Boolean.getBoolean("dca.long") ? 100 : 6;
        Path notes = notes(dir);
        Path file = dir.resolve("progress.json");
        Random random = new Random(20261201);
        int confirmedTotal = 0;
        int midSave = 0;
        int killedRuns = 0;
        for (int run = 0; run < runs; run++) {
            // A new day each run: new cards are left, earlier ones come due.
            Instant now = START.plus(run, ChronoUnit.DAYS);
            int answers = random.nextInt(10);
            boolean killAfterGrade = random.nextBoolean();
            Map<String, Integer> confirmed = new HashMap<>(); // card|rating -> times
            try (ChildDca child = ChildDca.start(dir.resolve("home"), now.toString(), List.of(
                    "--notes", notes.toString(), "--progress", file.toString(), "quiz", "chapter-1", "--plain", "--new", "40"))) {
                String card = null;
                int graded = 0;
                boolean killed = false;
                for (String line; !killed && (line = child.next(30)) != null; ) {
                    if (line.startsWith("card: ")) card = line.split(" ")[3];
                    else if (line.startsWith("graded: ")) {
                        confirmed.merge(card + "|" + line.split(" ")[1], 1, Integer::sum);
                        graded++;
                    }
                    if (line.startsWith("? reveal")) {
                        child.send("");
                    } else if (line.startsWith("? grade")) {
                        child.send(Integer.toString(1 + random.nextInt(4)));
                        if (killAfterGrade && graded == answers) {
                            // Dies somewhere in the save of this answer, or just after it.
                            Thread.sleep(random.nextInt(12));
                            child.kill();
                            killed = true;
                            midSave++;
                        }
                    } else if (line.startsWith("graded: ") && !killAfterGrade && graded == answers + 1) {
                        Thread.sleep(random.nextInt(5));
                        child.kill();
                        killed = true;
                    }
                }
                if (killed) killedRuns++; // else the day's cards ran out first: checked all the same
                for (String line : child.rest()) {
                    if (line.startsWith("card: ")) card = line.split(" ")[3];
                    if (line.startsWith("graded: ")) confirmed.merge(card + "|" + line.split(" ")[1], 1, Integer::sum);
                }
            }

            Map<String, Integer> onDisk = new HashMap<>();
            int todays = 0;
            try (ProgressStore s = ProgressStore.open(file, Clock.fixed(now, ZoneOffset.UTC))) { // parses; the lock is free
                for (ReviewRecord r : s.reviews()) {
                    if (!r.at().equals(now)) continue;
                    onDisk.merge(r.card().toString() + "|" + r.rating().label(), 1, Integer::sum);
                    todays++;
                }
            }
            List<String> lost = new ArrayList<>();
            int confirmedNow = 0;
            for (Map.Entry<String, Integer> c : confirmed.entrySet()) {
                confirmedNow += c.getValue();
                if (onDisk.getOrDefault(c.getKey(), 0) < c.getValue()) lost.add(c.getKey());
            }
            assertEquals(List.of(), lost, "run " + run + ": confirmed answers missing from the file");
            // At most the one answer in flight when the kill came is there unconfirmed; nothing twice.
            assertTrue(todays <= confirmedNow + 1, "run " + run + ": " + todays + " reviews on disk, " + confirmedNow + " confirmed");
            confirmedTotal += confirmedNow;
        }
        assertTrue(confirmedTotal >= runs, "answers were confirmed: " + confirmedTotal);
        assertTrue(midSave > 0, "some kills came right after a grade");
        assertTrue(killedRuns >= runs * 9 / 10, "most sessions were killed: " + killedRuns + " of " + runs);
        assertNotNull(Files.readString(file));
    }
}
