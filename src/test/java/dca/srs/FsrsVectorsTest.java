package dca.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays the golden vectors ts-fsrs 5.4.2 produced (src/test/fsrs-vectors/generate.mjs): every
 * state, step, due instant, interval and count must be identical, stability and difficulty equal
 * within 1e-9 relative, for defaults, other retentions, fuzz on, and short-term scheduling off.
 */
class FsrsVectorsTest {
    private static JsonNode vectors;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = FsrsVectorsTest.class.getResourceAsStream("/dca/srs/fsrs-vectors.json")) {
            vectors = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void defaultWeightsAreTsFsrsDefaults() {
        JsonNode w = vectors.get("defaultWeights");
        assertEquals(21, w.size());
        for (int i = 0; i < 21; i++) assertEquals(w.get(i).asDouble(), FsrsParameters.DEFAULT_WEIGHTS[i], "w[" + i + "]");
    }

    @Test
    void vectorsCoverWhatTheSchedulerMustGetRight() {
        JsonNode cases = vectors.get("cases");
        assertTrue(cases.size() >= 1000, "at least 1000 sequences");
        int fuzzed = 0;
        int longTerm = 0;
        int reviews = 0;
        for (JsonNode c : cases) {
            if (c.get("params").get("fuzz").asBoolean()) fuzzed++;
            if (!c.get("params").get("shortTerm").asBoolean()) longTerm++;
            reviews += c.get("reviews").size();
        }
        assertTrue(fuzzed >= 100 && longTerm >= 50 && reviews >= 10_000, fuzzed + " " + longTerm + " " + reviews);
    }

    @Test
    void replaysEverySequenceExactly() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (JsonNode c : vectors.get("cases")) {
            JsonNode p = c.get("params");
            FsrsParameters d = FsrsParameters.defaults();
            Fsrs fsrs = new Fsrs(new FsrsParameters(d.w(), p.get("retention").asDouble(), d.learningSteps(),
                    d.relearningSteps(), d.maximumInterval(), p.get("shortTerm").asBoolean(), p.get("fuzz").asBoolean()));
            String id = c.get("id").asText();
            JsonNode reviews = c.get("reviews");
            MemoryState state = MemoryState.fresh(Instant.parse(reviews.get(0).get("at").asText()));
            for (int i = 0; i < reviews.size(); i++) {
                JsonNode r = reviews.get(i);
                Instant at = Instant.parse(r.get("at").asText());
                String where = id + " review " + (i + 1) + " (" + r.get("kind").asText() + ")";
                double expectedR = r.get("retrievability").asDouble();
                double actualR = fsrs.retrievability(state, at);
                if (!close(expectedR, actualR)) mismatches.add(where + ": retrievability " + actualR + " != " + expectedR);
                Rating rating = Rating.values()[r.get("rating").asInt() - 1];
                MemoryState next = fsrs.next(state, rating, at, id);
                compare(where + " " + rating.label(), r.get("expect"), next, at, mismatches);
                if (r.has("preview")) {
                    Map<Rating, MemoryState> preview = fsrs.preview(state, at, id);
                    for (Rating g : Rating.values()) {
                        compare(where + " preview " + g.label(), r.get("preview").get(g.value() - 1), preview.get(g), at, mismatches);
                    }
                }
                state = next;
                checked++;
            }
        }
        assertTrue(checked > 10_000);
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())),
                mismatches.size() + " of " + checked + " reviews differ from ts-fsrs");
    }

    private static void compare(String where, JsonNode e, MemoryState s, Instant at, List<String> out) {
        List<String> diffs = new ArrayList<>();
        if (e.get(0).asInt() != s.state().ordinal()) diffs.add("state " + s.state() + " != " + CardState.values()[e.get(0).asInt()]);
        if (e.get(1).asInt() != s.step()) diffs.add("step " + s.step() + " != " + e.get(1).asInt());
        if (!close(e.get(2).asDouble(), s.stability())) diffs.add("stability " + s.stability() + " != " + e.get(2).asDouble());
        if (!close(e.get(3).asDouble(), s.difficulty())) diffs.add("difficulty " + s.difficulty() + " != " + e.get(3).asDouble());
        if (!Instant.parse(e.get(4).asText()).equals(s.due())) diffs.add("due " + s.due() + " != " + e.get(4).asText());
        if (e.get(5).asInt() != s.scheduledDays()) diffs.add("scheduledDays " + s.scheduledDays() + " != " + e.get(5).asInt());
        if (e.get(6).asInt() != s.reps()) diffs.add("reps " + s.reps() + " != " + e.get(6).asInt());
        if (e.get(7).asInt() != s.lapses()) diffs.add("lapses " + s.lapses() + " != " + e.get(7).asInt());
        if (!at.equals(s.lastReview())) diffs.add("lastReview " + s.lastReview() + " != " + at);
        if (!diffs.isEmpty()) out.add(where + ": " + String.join(", ", diffs));
    }

    private static boolean close(double expected, double actual) {
        if (expected == actual) return true;
        return Math.abs(expected - actual) <= 1e-9 * Math.max(Math.abs(expected), Math.abs(actual));
    }
}
