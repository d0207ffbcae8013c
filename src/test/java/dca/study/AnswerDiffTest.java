package dca.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dca.srs.Rating;
import org.junit.jupiter.api.Test;

class AnswerDiffTest {
    @Test
    void foldsCaseAndPunctuation() {
        AnswerDiff.Result r = AnswerDiff.compare("The `docker0` bridge.", "the docker0 bridge");
        assertEquals(Rating.GOOD, r.suggested());
        assertEquals("The `docker0` bridge.", AnswerDiff.plain(r));
    }

    @Test
    void marksMissingAndExtraWords() {
        AnswerDiff.Result r = AnswerDiff.compare("docker swarm init --advertise-addr", "docker swarm join --advertise-addr");
        assertEquals("docker swarm [-init-] {+join+} --advertise-addr", AnswerDiff.plain(r));
        assertEquals(Rating.HARD, r.suggested());
        assertEquals(Rating.AGAIN, AnswerDiff.compare("manages the container lifecycle", "no idea").suggested());
    }
}
