package dca.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dca.srs.Fsrs;
import dca.srs.FsrsParameters;
import dca.srs.MemoryState;
import dca.srs.OptimizerCase;
import dca.srs.ReviewEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A progress file holding a committed synthetic student's review log (src/test/fsrs-vectors), on
 * the cards of a notes fixture: each synthetic card is one card of the notes, its state what the
 * default scheduler made of its reviews.
 */
final class OptimizeFixture {
    final Path notes;
    final Path progress;
    final Instant now;
    final Map<String, String> ids = new LinkedHashMap<>();
    private final String caseName;

    OptimizeFixture(Path dir, String caseName) throws Exception {
        this.caseName = caseName;
        OptimizerCase c = OptimizerCase.load(caseName);
        List<ReviewEvent> log = new ArrayList<>(c.log());
        log.sort(java.util.Comparator.comparing(ReviewEvent::at));
        Map<String, List<ReviewEvent>> byCard = new LinkedHashMap<>();
        for (ReviewEvent e : log) byCard.computeIfAbsent(e.card(), k -> new ArrayList<>()).add(e);
        notes = ExamStudentCliTest.notes(dir, byCard.size());
        progress = dir.resolve("progress.json");
        now = log.get(log.size() - 1).at().plusSeconds(3600);
        CliHarness.Result show = ExamStudentCliTest.dca(notes, progress, now).run("show", "chapter-1", "--json");
        JsonNode deck = new ObjectMapper().readTree(show.out());
        int i = 0;
        for (String synthetic : byCard.keySet()) ids.put(synthetic, deck.get("cards").get(i++).get("id").asText());
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults());
        try (JsonGenerator g = new JsonFactory().createGenerator(Files.newOutputStream(progress))) {
            g.writeStartObject();
            g.writeStringField("format", "dca-progress");
            g.writeNumberField("version", 1);
            g.writeObjectFieldStart("settings");
            g.writeNumberField("desiredRetention", 0.9);
            g.writeNumberField("newPerDay", 20);
            g.writeBooleanField("fuzz", true);
            g.writeNullField("examDate");
            g.writeEndObject();
            g.writeObjectFieldStart("cards");
            i = 0;
            for (Map.Entry<String, List<ReviewEvent>> e : byCard.entrySet()) {
                String id = ids.get(e.getKey());
                MemoryState m = MemoryState.fresh(e.getValue().get(0).at());
                for (ReviewEvent r : e.getValue()) m = fsrs.next(m, r.rating(), r.at(), id);
                g.writeObjectFieldStart(id);
                g.writeStringField("deck", "chapter-1");
                g.writeStringField("kind", "basic");
                g.writeStringField("prompt", deck.get("cards").get(i++).get("prompt").asText());
                g.writeStringField("state", m.state().label());
                g.writeNumberField("step", m.step());
                g.writeNumberField("stability", m.stability());
                g.writeNumberField("difficulty", m.difficulty());
                g.writeStringField("due", m.due().toString());
                g.writeStringField("lastReview", m.lastReview().toString());
                g.writeNumberField("scheduledDays", m.scheduledDays());
                g.writeNumberField("reps", m.reps());
                g.writeNumberField("lapses", m.lapses());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("reviews");
            for (ReviewEvent r : log) {
                g.writeStartObject();
                g.writeStringField("card", ids.get(r.card()));
                g.writeStringField("at", r.at().toString());
                g.writeStringField("rating", r.rating().label());
                g.writeStringField("mode", "flash");
                g.writeNumberField("ms", 6000);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("exams");
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The log as the optimizer reads it, on the notes' card ids. */
    List<ReviewEvent> events() {
        List<ReviewEvent> out = new ArrayList<>();
        for (ReviewEvent e : OptimizerCase.load(caseName).log()) out.add(new ReviewEvent(ids.get(e.card()), e.at(), e.rating()));
        return out;
    }

    CliHarness dca() {
        return ExamStudentCliTest.dca(notes, progress, now);
    }
}
