package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.deck.Deck;
import dca.notes.NotesLoader;
import dca.study.exam.ExamDraw;
import dca.study.exam.ExamFormat;
import dca.study.exam.ExamItem;
import dca.study.exam.McqItem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exams from a small hand-written notes file: nested task lists, two right answers, "all of the above". */
class ExamFromNotesTest {
    @TempDir
    Path home;

    static Path notes() throws Exception {
        return Path.of(ExamFromNotesTest.class.getResource("/exam/04-networking-drills.md").toURI());
    }

    @Test
    void questionsParsedFromNotesAndAllOfTheAboveIsMultipleChoice() throws Exception {
        List<Deck> decks = NotesLoader.load(notes());
        ExamDraw.Result r = ExamDraw.draw(decks, new ExamDraw.Spec(3, ExamFormat.MIXED, null, 9));
        assertEquals(3, r.items().size());
        // 3 × 13/55 rounds to 1 multiple-choice place, which the question that needs its neighbours takes.
        List<ExamItem> mcq = r.items().stream().filter(i -> i instanceof McqItem).toList();
        assertEquals(1, mcq.size());
        assertEquals("net-drivers", mcq.get(0).card().id().value());
        assertTrue(r.items().stream().allMatch(i -> i.domain().slug().equals("networking")));
    }

    @Test
    void shortfallIsFilledFromTheDomainThatHasQuestionsAndSaid() throws Exception {
        CliHarness.Result r = new CliHarness(home).env("DCA_NOW", "2026-12-01T09:00:00Z")
                .runWithInput("q\ny\n", "--notes", notes().toString(), "--progress", home.resolve("p.json").toString(),
                        "exam", "--seed", "1", "--questions", "3");
        assertEquals(0, r.code(), r.err());
        // 3 questions by weight: orchestration, images, installation one each; none has questions.
        assertTrue(r.out().contains("Note: orchestration has only 0 questions (1 wanted)."), r.out());
        assertTrue(r.out().contains("Note: 3 questions drawn from other domains instead."), r.out());
        assertTrue(r.out().contains("Questions by domain: networking 3."), r.out());
        assertTrue(r.out().contains("Quit after 0 of 3 questions"), r.out());
    }
}
