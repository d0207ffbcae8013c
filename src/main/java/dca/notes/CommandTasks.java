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
        String own = ownTask(command);
        if (own != null) return own;
        // "echo secret | docker secret create name -": the docker command after the pipe does the task.
        int pipe = command.indexOf(" | ");
        return pipe > 0 ? ownTask(command.substring(pipe + 3)) : null;
    }

    /** The command without a shell prompt ({@code $ }) or {@code sudo} in front. */
    static String bare(String command) {
        String c = command.strip();
        if (c.startsWith("$ ")) c = c.substring(2).strip();
        if (c.startsWith("sudo ")) c = c.substring(5).strip();
        return c;
    }

    private static String ownTask(String command) {
        String[] words = bare(command).split("\\s+");
        for (int n = Math.min(MAX_PREFIX_WORDS, words.length); n >= 1; n--) {
            String task = TASKS.get(String.join(" ", java.util.Arrays.copyOf(words, n)));
            if (task != null) return task;
        }
        return null;
    }

    /** Flags almost every example carries: they tell one example from another no better than the command does. */
    private static final java.util.Set<String> EVERYDAY_FLAGS = java.util.Set.of("-it", "-ti", "-i", "-t", "-d", "--detach", "--name",
            "--rm", "--interactive", "--tty", "-a", "-q");
    private static final int MAX_NAMED_FLAGS = 2;
    /** Commands whose {@code -d}, {@code -it}, {@code --rm} and {@code --name} are the everyday flags above. */
    private static final java.util.regex.Pattern RUNS = java.util.regex.Pattern.compile(
            "(?:sudo\\s+)?docker\\s+(?:container\\s+)?(?:run|create)\\b.*|(?:sudo\\s+)?docker\\s+service\\s+create\\b.*");
    private static final java.util.Set<String> VALUE_FLAGS = java.util.Set.of("--name");

    /**
     * "Which command creates and starts a container?" asks for no {@code -d} or {@code --name web}: the
     * answer leaves out the everyday flags of a run the prompt does not name, and keeps the rest.
     */
    static String withoutEverydayFlags(String command) {
        String c = command.strip();
        if (c.contains("\n") || c.contains(" | ") || !RUNS.matcher(c).matches()) return command;
        StringBuilder out = new StringBuilder();
        String[] words = c.split("\\s+");
        int image = imageAt(words);
        int i = 0;
        for (; i < image; i++) {
            String w = words[i];
            String flag = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
            if (VALUE_FLAGS.contains(flag)) {
                if (!w.contains("=")) i++;
                continue;
            }
            if (EVERYDAY_FLAGS.contains(w) && !w.equals("-a") && !w.equals("-q")) continue;
            out.append(out.length() == 0 ? "" : " ").append(w);
        }
        for (; i < words.length; i++) out.append(' ').append(words[i]);
        return out.toString();
    }

    /**
     * What tells this example of a command from others of the same command: its less common flags
     * ("with `--mount`"), or the filter it is piped to ("piped to grep"); "" when nothing does.
     */
    static String distinguishing(String command) {
        String c = command.strip();
        int pipe = c.indexOf(" | ");
        String tail = pipe > 0 ? c.substring(pipe + 3).strip() : "";
        String head = pipe > 0 ? c.substring(0, pipe) : c;
        // The task is the command after the pipe: what comes before feeds it ("echo … | docker secret create").
        String input = "";
        if (pipe > 0 && ownTask(head) == null && ownTask(tail) != null) {
            input = Strings.firstWord(head.strip());
            head = tail;
            tail = "";
        }
        java.util.List<String> flags = new java.util.ArrayList<>();
        String[] headWords = head.strip().split("\\s+");
        boolean run = RUNS.matcher(head.strip()).matches();
        // A run's -d is --detach; elsewhere ("docker network create -d overlay") it names a driver.
        String driver = run ? null : driver(headWords);
        // "docker run alpine sh -c …": short flags after the image are its command's, not the run's.
        int optionsEnd = run ? imageAt(headWords) : headWords.length;
        for (int at = 0; at < headWords.length; at++) {
            String w = headWords[at];
            if (!w.startsWith("-") || w.length() < 2 || Character.isDigit(w.charAt(1))) continue;
            if (at > optionsEnd && !w.startsWith("--")) continue;
            String flag = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
            if (EVERYDAY_FLAGS.contains(flag) || flags.contains(flag)) continue;
            flags.add(flag);
        }
        // Long flags say what they do ("--subnet"); short ones ("-o") only when there is nothing else.
        if (flags.stream().anyMatch(f -> f.startsWith("--"))) flags.removeIf(f -> !f.startsWith("--"));
        StringBuilder sb = new StringBuilder();
        // "docker network create -d overlay net": the driver is what the example shows, not its flag
        // (-d is an everyday flag, never collected; --driver is).
        int named = 0;
        if (driver != null) {
            flags.remove("--driver");
            sb.append("with the `").append(driver).append("` driver");
            named++;
        }
        for (int i = 0; i < flags.size() && named < MAX_NAMED_FLAGS; i++, named++) {
            sb.append(sb.length() == 0 ? "with `" : " and `").append(flags.get(i)).append('`');
        }
        if (!tail.isEmpty()) {
            String program = Strings.firstWord(tail);
            if (program.matches("[a-z][a-z0-9-]*")) sb.append(sb.length() == 0 ? "" : ", ").append("piped to ").append(program);
        }
        if (input.matches("[a-z][a-z0-9-]*")) sb.append(sb.length() == 0 ? "" : ", ").append("reading what ").append(input).append(" pipes in");
        return sb.toString();
    }

    /** The value of {@code -d X}, {@code --driver X} or {@code --driver=X} when it is a plain name; null otherwise. */
    private static String driver(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String value = w.startsWith("--driver=") ? w.substring("--driver=".length())
                    : (w.equals("-d") || w.equals("--driver")) && i + 1 < words.length ? words[i + 1] : null;
            if (value != null) return value.matches("[a-z][a-z0-9_.-]*") ? value : null;
        }
        return null;
    }

    /** The first word after the command's own words that is neither a flag nor a flag's value: the image. */
    private static int imageAt(String[] words) {
        boolean valueNext = false;
        int start = words.length > 1 && words[0].equals("sudo") ? 1 : 0;
        for (int i = start + 2; i < words.length; i++) {
            String w = words[i];
            if (w.equals("\\")) continue;
            if (!w.startsWith("-") && !valueNext && !(i == start + 2 && (w.equals("create") || w.equals("run")))) return i;
            valueNext = w.startsWith("-") && !w.contains("=") && (!EVERYDAY_FLAGS.contains(w) || VALUE_FLAGS.contains(w));
        }
        return words.length;
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
