package dca.notes;

import dca.deck.Domain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exam objectives ({@code o1.3} …) with their domains, from the bundled {@code dca/objectives.tsv}. */
public final class Objectives {
    public record Objective(String id, Domain domain, String text) {}

    private static volatile Map<String, Objective> all;

    private Objectives() {}

    public static List<Objective> all() {
        return List.copyOf(load().values());
    }

    public static Optional<Objective> byId(String id) {
        return Optional.ofNullable(load().get(id));
    }

    private static Map<String, Objective> load() {
        Map<String, Objective> m = all;
        if (m != null) return m;
        m = new LinkedHashMap<>();
        try (InputStream in = Objectives.class.getResourceAsStream("/dca/objectives.tsv")) {
            if (in == null) throw new IllegalStateException("dca/objectives.tsv is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 3);
                if (f.length < 3) continue;
                Domain d = Domain.parse(f[1]).orElseThrow(() -> new IllegalStateException("bad domain in objectives.tsv: " + f[1]));
                m.put(f[0], new Objective(f[0], d, f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all = m;
        return m;
    }

    static List<String> ids() {
        return new ArrayList<>(load().keySet());
    }
}
