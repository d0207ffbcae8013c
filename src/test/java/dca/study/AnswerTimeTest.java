package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dca.deck.CardId;
import dca.progress.ReviewRecord;
import dca.srs.Rating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTimeTest {
    private static ReviewRecord answer(long ms) {
        return new ReviewRecord(CardId.pinned("a"), Instant.EPOCH, Rating.GOOD, "flash", ms);
    }

    @Test
    void medianOfTheLatestAnswersLeavingOutBreaksAndMissingTimes() {
        assertEquals(AnswerTime.DEFAULT_SECONDS, AnswerTime.medianSeconds(List.of()));
        assertEquals(6.0, AnswerTime.medianSeconds(List.of(answer(4000), answer(0), answer(6000), answer(300), answer(9000), answer(3_600_000))));
        assertEquals(5.0, AnswerTime.medianSeconds(List.of(answer(4000), answer(6000))));
        List<ReviewRecord> log = new ArrayList<>();
        for (int i = 0; i < 2000; i++) log.add(answer(i < 1000 ? 60_000 : 2000));
        assertEquals(2.0, AnswerTime.medianSeconds(log), "only the latest 1000 count");
    }
}
