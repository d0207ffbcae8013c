package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student with an exam date 30 days out and 300 new cards, one plain-mode quiz a day through the
 * real CLI (the clock set by DCA_NOW). From the progress file: every card introduced before the
 * final window, every card reviewed in it, no card due after the exam.
 */
class ExamStudentCliTest {
    static final int CARDS = 300;
    static final Instant DAY0 = Instant.parse("2026-12-01T09:00:00Z");
    static final LocalDate EXAM = LocalDate.of(2026, 12, 31);

    @TempDir
    Path dir;

    /** One chapter of n question/answer cards. */
    static Path notes(Path dir, int n) throws Exception {
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        StringBuilder b = new StringBuilder("# Chapter 1: Facts\n\n");
        for (int i = 0; i < n; i++) b.append("Q: What is fact number ").append(i).append("?\nA: answer ").append(i).append("\n\n");
        Files.writeString(notes.resolve("01-facts.md"), b.toString());
        return notes;
    }

    @Test
    void everyCardIsIntroducedByTheWindowReviewedInItAndNoneIsDueAfterTheExam() throws Exception {
        Path notes = notes(dir, CARDS);
        Path progress = dir.resolve("progress.json");
        CliHarness.Result set = dca(notes, progress, DAY0).run("config", "set", "exam-date", EXAM.toString());
        assertEquals(0, set.code(), set.err());
        // Ten answers in a row: nine Good, one Again. Each flash card reads a reveal line, then the grade.
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < 3000; i++) answers.append('\n').append(i % 10 == 9 ? "1" : "3").append('\n');
        for (int day = 0; day < 30; day++) {
            CliHarness.Result quiz = dca(notes, progress, DAY0.plusSeconds(86_400L * day))
                    .runWithInput(answers.toString(), "quiz", "chapter-1", "--plain");
            assertEquals(0, quiz.code(), "day " + day + ": " + quiz.err());
        }

        JsonNode file = new ObjectMapper().readTree(progress.toFile());
        Instant windowStart = EXAM.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant examStart = EXAM.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Instant> first = new HashMap<>();
        Set<String> seenInWindow = new HashSet<>();
        Map<LocalDate, Integer> newPerDay = new HashMap<>();
        for (JsonNode r : file.get("reviews")) {
            String card = r.get("card").asText();
            Instant at = Instant.parse(r.get("at").asText());
            if (first.putIfAbsent(card, at) == null) newPerDay.merge(LocalDate.ofInstant(at, ZoneOffset.UTC), 1, Integer::sum);
            if (!at.isBefore(windowStart) && at.isBefore(examStart)) seenInWindow.add(card);
        }
        assertEquals(CARDS, first.size(), "every card introduced");
        first.forEach((card, at) -> assertTrue(at.isBefore(windowStart), card + " introduced in the window at " + at));
        Set<String> missed = new HashSet<>(first.keySet());
        missed.removeAll(seenInWindow);
        assertTrue(missed.isEmpty(), missed.size() + " cards not reviewed in the final window");
        // The pacing: 300 cards over the 27 days before the window, what is left spread over the days left.
        int left = CARDS;
        for (int day = 0; day < 27; day++) {
            LocalDate date = LocalDate.of(2026, 12, 1).plusDays(day);
            int quota = (left + (27 - day) - 1) / (27 - day);
            assertEquals(quota, newPerDay.getOrDefault(date, 0), "new cards on " + date);
            left -= quota;
        }
        assertEquals(0, left);
        int cards = 0;
        for (var e : file.get("cards").properties()) {
            Instant due = Instant.parse(e.getValue().get("due").asText());
            assertTrue(!due.isAfter(examStart), e.getKey() + " due " + due + " after the exam");
            cards++;
        }
        assertEquals(CARDS, cards);
    }

    static CliHarness dca(Path notes, Path progress, Instant now) {
        return new CliHarness(notes.getParent()).env("DCA_NOW", now.toString()).env("DCA_NOTES", notes.toString())
                .env("DCA_PROGRESS", progress.toString());
    }
}
