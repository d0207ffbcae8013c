package dca.srs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** One committed synthetic log with what fsrs-rs fitted to it (written by src/test/fsrs-vectors/optimizer.mjs). */
public record OptimizerCase(String name, JsonNode json, List<ReviewEvent> log) {
    public static final List<String> NAMES = List.of(
            "cards300-days60-seed1", "cards300-days60-seed2", "cards1000-days120-seed3",
            "cards1000-days120-seed4", "cards3000-days365-seed5", "cards3000-days365-seed6");

    public static OptimizerCase load(String name) {
        String resource = "/dca/srs/optimizer/" + name + ".json.gz";
        try (InputStream in = OptimizerCase.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            JsonNode json = new ObjectMapper().readTree(new GZIPInputStream(in));
            Instant start = Instant.parse(json.get("start").asText());
            List<ReviewEvent> log = new ArrayList<>();
            int card = 0;
            for (JsonNode reviews : json.get("log")) {
                String id = "c" + card++;
                for (int i = 0; i < reviews.size(); i += 2) {
                    log.add(new ReviewEvent(id, start.plusSeconds(reviews.get(i).asLong()),
                            Rating.parse(reviews.get(i + 1).asText()).orElseThrow()));
                }
            }
            return new OptimizerCase(name, json, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double[] weights(String field) {
        JsonNode node = json.at(field);
        double[] w = new double[node.size()];
        for (int i = 0; i < w.length; i++) w[i] = node.get(i).asDouble();
        return w;
    }

    public double number(String pointer) {
        return json.at(pointer).asDouble();
    }
}
