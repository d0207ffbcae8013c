package dca.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.CliHarness;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.notes.BundledNotes;
import dca.notes.NotesLoader;
import dca.notes.ParsedNotes;
import dca.study.exam.ExamDraw;
import dca.study.exam.ExamFormat;
import dca.study.exam.ExamItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over the whole curriculum: {@code dca check --coverage} counts every choice question in the
 * domain the exam draws it for, question by question and in the command's domain table.
 */
class CoverageAgreesWithExamTest {
    private static final Pattern DOMAIN_ROW = Pattern.compile("(?m)^(\\w+)\\s+(\\d+)\\s+(\\d+%|-)\\s+\\d+%$");

    @TempDir
    Path home;

    @Test
    void everyQuestionIsInTheSameDomainForCheckAndForTheExam() throws Exception {
        assertAgree(BundledNotes.parseAll(), 200);
    }

    /** A question tagged with a domain other than its chapter's first: check used to count it in the chapter's. */
    @Test
    void aDomainTagWinsOverTheChaptersDomainInBoth() throws Exception {
        byte[] md = getClass().getResourceAsStream("/drill/05-the-docker-engine.md").readAllBytes();
        ParsedNotes chapter = NotesLoader.parse(md, "notes/05-the-docker-engine.md");
        assertEquals(List.of(Domain.INSTALLATION, Domain.ORCHESTRATION), chapter.decks().get(0).domains());
        assertEquals(Map.of(new CardId("ch05-default-bridge"), Domain.NETWORKING), new ObjectiveCoverage(List.of(chapter)).questionDomains());
        assertAgree(List.of(chapter), 1);
    }

    private static void assertAgree(List<ParsedNotes> files, int atLeast) {
        List<Deck> decks = new ArrayList<>();
        for (ParsedNotes f : files) decks.addAll(f.decks());
        Map<CardId, Domain> check = new ObjectiveCoverage(files).questionDomains();

        ExamDraw.Result all = ExamDraw.draw(decks, new ExamDraw.Spec(drawable(decks), ExamFormat.MCQ, null, 1));
        assertEquals(drawable(decks), all.items().size(), "every question is drawn: " + all.notes());
        assertTrue(all.items().size() >= atLeast, "the notes have their questions: " + all.items().size());
        List<String> disagree = new ArrayList<>();
        for (ExamItem item : all.items()) {
            Domain inCheck = check.get(item.card().id());
            if (inCheck != item.domain()) {
                disagree.add(item.card().source() + " " + item.card().id() + ": check " + inCheck + ", exam " + item.domain());
            }
        }
        assertEquals(List.of(), disagree);
    }

    @Test
    void theCoverageTableCountsTheQuestionsTheExamDrawsPerDomain() throws Exception {
        List<Deck> decks = new ArrayList<>();
        for (ParsedNotes f : BundledNotes.parseAll()) decks.addAll(f.decks());
        Map<Domain, Integer> exam = new EnumMap<>(Domain.class);
        for (Domain d : Domain.values()) {
            exam.put(d, ExamDraw.draw(decks, new ExamDraw.Spec(10_000, ExamFormat.MCQ, d, 1)).items().size());
        }
        // The bundled notes: no --notes, and a working directory without notes/.
        CliHarness.Result r = new CliHarness(home).run("check", "--coverage");
        String table = r.out().substring(r.out().indexOf("Choice questions by domain"));
        Map<Domain, Integer> shown = new EnumMap<>(Domain.class);
        Matcher m = DOMAIN_ROW.matcher(table);
        while (m.find()) shown.put(Domain.parse(m.group(1)).orElseThrow(), Integer.parseInt(m.group(2)));
        assertEquals(exam, shown, r.out());
    }

    /** Choice questions the exam can ask: two options or more, one of them right; each id once. */
    private static int drawable(List<Deck> decks) {
        Set<CardId> ids = new HashSet<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                if (c instanceof ChoiceCard q && q.options().size() >= 2 && !q.correctOptions().isEmpty()) ids.add(c.id());
            }
        }
        return ids.size();
    }
}
