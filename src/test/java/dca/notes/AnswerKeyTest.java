package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways question banks write their answer keys, apart from the questions. */
class AnswerKeyTest {
    private static AnswerKey key(String... lines) {
        return AnswerKey.parse(lines, 0, lines.length);
    }

    @Test
    void sectionLettersKeepTheirQuestionsApart() {
        AnswerKey k = key("| Q | Ans |", "|---|-----|", "| S1 | C |", "| N1 | A |", "| Q2 | D |");
        assertEquals(List.of('C'), k.answer("S", 1).orElseThrow().letters());
        assertEquals(List.of('A'), k.answer("N", 1).orElseThrow().letters());
        assertTrue(k.answer(1).isEmpty(), "a plain 1 is neither S1 nor N1");
        assertEquals(List.of('D'), k.answer(2).orElseThrow().letters(), "Q2 is question 2");
        assertEquals(List.of('D'), k.answer("S", 2).orElseThrow().letters(), "S2 falls back to a key written 2");
    }

    @Test
    void everyEntryShapeGivesItsLetters() {
        AnswerKey k = key("1. B", "2) A, C", "Q3: D", "**Q4.** ✅ C – `docker swarm init`", "| 5 | A |", "- 6. (B) because of Raft",
                "Question 7 - D", "8 - a and c");
        assertEquals(List.of('B'), k.answer(1).orElseThrow().letters());
        assertEquals(List.of('A', 'C'), k.answer(2).orElseThrow().letters());
        assertEquals(List.of('D'), k.answer(3).orElseThrow().letters());
        assertEquals(List.of('C'), k.answer(4).orElseThrow().letters());
        assertEquals("`docker swarm init`", k.answer(4).orElseThrow().text());
        assertEquals(List.of('A'), k.answer(5).orElseThrow().letters());
        assertEquals(List.of('B'), k.answer(6).orElseThrow().letters());
        assertEquals("because of Raft", k.answer(6).orElseThrow().text());
        assertEquals(List.of('D'), k.answer(7).orElseThrow().letters());
        assertEquals(List.of('A', 'C'), k.answer(8).orElseThrow().letters());
    }

    @Test
    void theQuotedLinesUnderAnEntryExplainIt() {
        AnswerKey k = key("**Q1.** ✅ B – `2377`", "> Managers use TCP 2377.", "> Workers gossip on 7946.", "", "**Q2.** ✅ A");
        assertEquals("Managers use TCP 2377.\nWorkers gossip on 7946.", k.answer(1).orElseThrow().explanation());
        assertEquals(List.of('A'), k.answer(2).orElseThrow().letters());
    }

    @Test
    void oneLineKeysAndLinesThatAreNoEntries() {
        AnswerKey k = key("Answers: 1-B, 2-C, 3-A");
        assertEquals(3, k.size());
        assertEquals(List.of('C'), k.answer(2).orElseThrow().letters());
        // A sentence that starts with a number and an article is not an answer.
        assertTrue(key("1. A container shares the host's kernel", "3 Docker hosts are enough", "12 questions in all").isEmpty());
    }
}
