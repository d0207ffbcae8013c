package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dca.srs.CardState;
import dca.srs.Fsrs;
import dca.srs.FsrsOptimizer;
import dca.srs.FsrsParameters;
import dca.srs.MemoryState;
import dca.srs.ModelMetrics;
import dca.srs.Rating;
import dca.srs.TrainingItem;
import dca.srs.TrainingItems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dca optimize} on a fixture progress file, then the next quiz scheduling with the kept weights. */
class OptimizeCliTest {
    /** fsrs-rs's bounds of the 21 weights (parameter_clipper.rs, one relearning step, short-term on). */
    static final double[][] BOUNDS = {
        {0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100}, {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75},
        {0, 4.5}, {0, 0.8}, {0.001, 3.5}, {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4}, {0, 1}, {1, 6}, {0, 2},
        {0, 2}, {0.01, 0.8}, {0.1, 0.8},
    };

    @TempDir
    Path dir;
    OptimizeFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new OptimizeFixture(dir, "cards300-days60-seed2");
    }

    private static JsonNode read(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void dryRunJsonGivesTwentyOneWeightsWithinTheBoundsAndKeepsNothing() throws Exception {
        byte[] before = Files.readAllBytes(fixture.progress);
        CliHarness.Result r = fixture.dca().run("optimize", "--dry-run", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode w = json.get("weights");
        assertEquals(21, w.size());
        for (int i = 0; i < 21; i++) {
            double x = w.get(i).asDouble();
            assertTrue(x >= BOUNDS[i][0] && x <= BOUNDS[i][1], "w" + i + " = " + x);
        }
        assertEquals("fitted", json.get("outcome").asText());
        assertTrue(json.get("better").asBoolean());
        assertEquals(false, json.get("kept").asBoolean());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(fixture.progress)), "a dry run writes nothing");
    }

    @Test
    void optimizePrintsHeldOutMetricsKeepsTheFitAndTheNextQuizSchedulesWithIt() throws Exception {
        // Independently: the same split and fits, straight from the library.
        List<TrainingItem> items = TrainingItems.of(fixture.events(), ZoneOffset.UTC);
        TrainingItems.Split split = TrainingItems.split(items);
        ModelMetrics defaults = ModelMetrics.evaluate(FsrsParameters.DEFAULT_WEIGHTS, split.test());
        ModelMetrics fitted = ModelMetrics.evaluate(new FsrsOptimizer().fit(split.train()).weights(), split.test());
        double[] all = new FsrsOptimizer().fit(items).weights();

        CliHarness.Result r = fixture.dca().run("optimize");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(String.format(Locale.ROOT, "current (defaults)      %.4f %10.2f%%", defaults.logLoss(),
                defaults.rmseBins() * 100)), r.out());
        assertTrue(r.out().contains(String.format(Locale.ROOT, "fitted                  %.4f %10.2f%%", fitted.logLoss(),
                fitted.rmseBins() * 100)), r.out());
        assertTrue(r.out().contains(String.format(Locale.ROOT, "the last quarter, %,d reviews", split.test().size())), r.out());
        assertTrue(r.out().contains("Kept:"), r.out());

        // Kept in the settings file, exactly.
        Path settingsFile = fixture.notes.getParent().resolve(".config/dca/config");
        dca.progress.FittedWeights weights = dca.progress.SettingsFile.read(settingsFile).orElseThrow().settings().weights();
        double[] kept = weights.weights();
        org.junit.jupiter.api.Assertions.assertArrayEquals(all, kept, 0);
        assertEquals(fixture.events().size(), weights.reviews());
        assertTrue(read(fixture.progress).get("settings") == null, "not in the progress file");

        CliHarness.Result config = fixture.dca().run("config");
        assertTrue(config.out().contains("weights            fitted " + fixture.now + " on " + fixture.events().size() + " reviews"),
                config.out());

        // The next quiz: one card answered Good, scheduled by FSRS with the kept weights.
        JsonNode before = read(fixture.progress);
        Instant later = fixture.now.plusSeconds(86_400L * 3);
        CliHarness.Result quiz = ExamStudentCliTest.dca(fixture.notes, fixture.progress, later)
                .runWithInput("\n3\nq\n", "quiz", "chapter-1", "--plain");
        assertEquals(0, quiz.code(), quiz.err());
        JsonNode after = read(fixture.progress);
        JsonNode last = after.get("reviews").get(after.get("reviews").size() - 1);
        String id = last.get("card").asText();
        assertEquals(later.toString(), last.get("at").asText());
        MemoryState was = state(before.get("cards").get(id));
        assertEquals(CardState.REVIEW, was.state());
        MemoryState expected = new Fsrs(FsrsParameters.defaults().withWeights(kept)).next(was, Rating.GOOD, later, id);
        MemoryState got = state(after.get("cards").get(id));
        assertEquals(expected.due(), got.due());
        assertEquals(expected.stability(), got.stability(), 1e-9);
        MemoryState withDefaults = new Fsrs(FsrsParameters.defaults()).next(was, Rating.GOOD, later, id);
        assertTrue(withDefaults.stability() != got.stability(), "the fitted weights, not the defaults, scheduled it");

        CliHarness.Result reset = fixture.dca().run("config", "reset", "weights");
        assertEquals(0, reset.code(), reset.err());
        assertTrue(dca.progress.SettingsFile.read(settingsFile).orElseThrow().settings().weights() == null);
        assertTrue(fixture.dca().run("config", "get", "weights").out().startsWith("defaults"));
    }

    static MemoryState state(JsonNode c) {
        return new MemoryState(CardState.parse(c.get("state").asText()), c.get("step").asInt(), c.get("stability").asDouble(),
                c.get("difficulty").asDouble(), Instant.parse(c.get("due").asText()),
                c.get("lastReview").isNull() ? null : Instant.parse(c.get("lastReview").asText()),
                c.get("scheduledDays").asInt(), c.get("reps").asInt(), c.get("lapses").asInt());
    }
}
