package dca.notes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What common Docker commands do, from the bundled {@code dca/command-tasks.tsv}: the task a
 * command card asks about when the notes give a command without saying what it does.
 */
final class CommandTasks {
    private static final int MAX_PREFIX_WORDS = 4;
    private static final Map<String, String> TASKS = load();

    private CommandTasks() {}

    /** "removes a volume" for {@code docker volume rm todo-list}; null for a command not in the table. */
    static String task(String command) {
        String c = command.strip();
        if (c.startsWith("$ ")) c = c.substring(2).strip();
        if (c.startsWith("sudo ")) c = c.substring(5).strip();
        String[] words = c.split("\\s+");
        for (int n = Math.min(MAX_PREFIX_WORDS, words.length); n >= 2; n--) {
            String task = TASKS.get(String.join(" ", java.util.Arrays.copyOf(words, n)));
            if (task != null) return task;
        }
        return null;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = CommandTasks.class.getResourceAsStream("/dca/command-tasks.tsv")) {
            if (in == null) throw new IllegalStateException("dca/command-tasks.tsv is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                if (tab > 0) out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
