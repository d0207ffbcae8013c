import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dca.srs.FsrsOptimizer;
import dca.srs.Rating;
import dca.srs.ReviewEvent;
import dca.srs.TrainingItem;
import dca.srs.TrainingItems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * dca's optimizer time on the logs bench/optimize generated: one line per log with the first fit
 * in this JVM (what `dca optimize` pays) and the median of the following ones.
 * Usage: java -cp dca.jar bench/OptimizeBench.java RUNS LOG.json...
 */
public class OptimizeBench {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        for (int f = 1; f < args.length; f++) {
            JsonNode json = new ObjectMapper().readTree(Files.readString(Path.of(args[f])));
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
            double[] ms = new double[runs];
            int items = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                List<TrainingItem> list = TrainingItems.of(log, ZoneOffset.UTC);
                new FsrsOptimizer().fit(list);
                ms[r] = (System.nanoTime() - t0) / 1e6;
                items = list.size();
            }
            double[] rest = Arrays.copyOfRange(ms, Math.min(1, runs - 1), runs);
            Arrays.sort(rest);
            System.out.printf("dca %d reviews %d items first %.0f ms median %.0f ms%n",
                    log.size(), items, ms[0], rest[rest.length / 2]);
        }
    }
}
