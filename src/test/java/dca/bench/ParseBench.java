package dca.bench;

import dca.notes.NotesException;
import dca.notes.NotesLoader;
import dca.notes.NotesParser;
import dca.notes.ParsedNotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parse throughput and how it grows with the number of chapters in one file. Not a unit test: run
 * by {@code bench/parse}. Generated notes use every syntax the parser knows, in the study group's
 * shape; each size is parsed after a warm-up and the median of the timed runs is printed.
 * {@code bench/parse tree} times a generated 3 MB notes tree instead.
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) throws IOException, NotesException {
        if (args.length > 0 && args[0].equals("tree")) {
            timeTree(args.length > 1 ? Integer.parseInt(args[1]) : 5);
            return;
        }
        int[] sizes = {1, 10, 100, 1000};
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // CPU time of this thread, not wall time: the numbers stay meaningful on a busy shared machine.
        System.out.printf(Locale.ROOT, "%-9s %10s %8s %13s %13s %9s %13s%n",
                "chapters", "bytes", "cards", "cpu ms (med)", "wall ms (med)", "MB/s", "us/chapter");
        for (int n : sizes) {
            String text = notes(n);
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            // Warm up for at least ~2 MB of input so the JIT has compiled the hot paths.
            int warm = Math.max(5, 2_000_000 / Math.max(1, bytes));
            ParsedNotes last = null;
            for (int i = 0; i < warm; i++) last = NotesParser.parse(text, "bench.md");
            int timed = n >= 1000 ? Math.max(5, runs / 3) : runs;
            long[] cpu = new long[timed];
            long[] wall = new long[timed];
            for (int i = 0; i < timed; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                last = NotesParser.parse(text, "bench.md");
                wall[i] = System.nanoTime() - t0;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            double ms = cpu[timed / 2] / 1e6;
            double mbs = bytes / 1e6 / (ms / 1e3);
            System.out.printf(Locale.ROOT, "%-9d %10d %8d %13.2f %13.2f %9.1f %13.1f%n",
                    n, bytes, last.cardCount(), ms, wall[timed / 2] / 1e6, mbs, ms * 1000 / n);
        }
    }

    /** N chapters as {@code ## Chapter k - Title} sections, each with term bullets, lists, Q/A, cloze, a question and a table. */
    static String notes(int chapters) {
        StringBuilder sb = new StringBuilder("# Study notes\n\n");
        for (int k = 1; k <= chapters; k++) {
            sb.append("## Chapter ").append(k).append(" - Topic ").append(k).append("\n\n");
            sb.append("### Parts #o1.").append(1 + k % 18).append("\n\n");
            sb.append("Topic ").append(k).append(" is made up of:\n\n");
            for (String t : List.of("alpha", "beta", "gamma", "delta")) {
                sb.append("- **").append(t).append('-').append(k).append("**: the ").append(t)
                        .append(" part, which handles one concern of topic ").append(k).append(" and nothing else\n");
            }
            sb.append("\nSetup steps:\n\n");
            for (String s : List.of("install the engine", "start the daemon", "add the user to the group")) {
                sb.append("1. ").append(s).append(" for topic ").append(k).append('\n');
            }
            sb.append("\nQ: What does topic ").append(k).append(" replace?\nA: The older monolith of topic ").append(k).append(".\n\n");
            sb.append("C: Topic ").append(k).append(" listens on port [").append(2000 + k).append("] by default.\n\n");
            sb.append("Q: Which part of topic ").append(k).append(" handles state?\n\n- [ ] alpha\n- [x] beta\n- [ ] gamma\n\n");
            sb.append("> Only beta keeps state. https://docs.docker.com/\n\n");
            sb.append("- Show it: `docker topic").append(k).append(" ls`\n\n");
            sb.append("| Command | Meaning |\n|---|---|\n| `docker topic").append(k).append(" inspect` | Show details |\n\n");
            sb.append("```\ndocker run --rm topic").append(k).append("\n```\n\n");
            sb.append("Notes from the session: nothing here should become a card, it is prose about topic ")
                    .append(k).append(" that goes on for a while to look like real notes.\n\n");
        }
        return sb.toString();
    }

    /**
     * Writes a 3 MB notes tree to a temporary directory and times reading and parsing every file in
     * it, as {@code dca} does for {@code --notes DIR}: the first (cold) pass, then the median of warm ones.
     */
    static void timeTree(int runs) throws IOException, NotesException {
        Path dir = Files.createTempDirectory("dca-bench-tree");
        try {
            long bytes = 0;
            for (Map.Entry<String, String> e : tree(3_000_000).entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
                bytes += Files.size(p);
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            System.out.printf(Locale.ROOT, "notes tree: %d files in 6 folders, %.2f MB%n", files.size(), bytes / 1e6);
            System.out.printf(Locale.ROOT, "%-6s %8s %10s %10s %8s%n", "pass", "cards", "cpu ms", "wall ms", "MB/s");
            long[] cpu = new long[runs];
            long[] wall = new long[runs];
            int cards = 0;
            for (int r = 0; r <= runs; r++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                cards = 0;
                for (Path f : files) cards += NotesLoader.parse(f, dir).cardCount();
                long w = System.nanoTime() - t0;
                long c = threads.getCurrentThreadCpuTime() - c0;
                if (r == 0) {
                    System.out.printf(Locale.ROOT, "%-6s %8d %10.1f %10.1f %8.1f%n", "cold", cards, c / 1e6, w / 1e6, bytes / 1e6 / (c / 1e9));
                } else {
                    cpu[r - 1] = c;
                    wall[r - 1] = w;
                }
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            long med = cpu[runs / 2];
            System.out.printf(Locale.ROOT, "%-6s %8d %10.1f %10.1f %8.1f%n", "warm", cards, med / 1e6, wall[runs / 2] / 1e6,
                    bytes / 1e6 / (med / 1e9));
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * A notes tree of at least {@code bytes} bytes, laid out as study groups do: a folder per domain,
     * a chapter file per topic. The files read like real notes (the shared corpus has about 1.5
     * cards per KB): mostly prose and plain bullets, some with a port, a path or a command, a term
     * bullet, a caption and its command, a cheat sheet, a table, an X vs Y section.
     */
    static Map<String, String> tree(int bytes) {
        Map<String, String> files = new LinkedHashMap<>();
        String[] domains = {"orchestration", "images", "installation", "networking", "security", "storage"};
        int total = 0;
        for (int f = 0; total < bytes; f++) {
            StringBuilder sb = new StringBuilder("# Topic ").append(f).append("\n\n");
            for (int k = 0; k < 12; k++) plainSection(sb, f * 100 + k);
            String name = domains[f % domains.length] + "/" + String.format(Locale.ROOT, "%02d-topic-%d.md", f % 17 + 1, f);
            files.put(name, sb.toString());
            total += sb.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        return files;
    }

    private static final String[] WORDS = {"scheduler", "gateway", "registry", "overlay", "volume", "secret", "manager",
        "worker", "stack", "service", "layer", "network", "daemon", "runtime", "proxy", "bridge"};

    /** One section of plain notes about an invented component {@code k}. */
    static void plainSection(StringBuilder sb, int k) {
        String w = WORDS[k % WORDS.length];
        String v = WORDS[(k / 3 + 5) % WORDS.length];
        sb.append("## The ").append(w).append(" of part ").append(k).append("\n\n");
        sb.append("The ").append(w).append(" keeps track of every ").append(v).append(" in part ").append(k)
                .append(" and reports back when something changes. It was added to make the ").append(v)
                .append(" easier to reason about, and most groups never touch its settings. When it restarts, the ")
                .append(v).append(" carries on as before and nothing is lost.\n\n");
        sb.append("- The ").append(w).append(" listens on port ").append(2000 + k % 7000).append(" by default.\n");
        sb.append("- Its state lives under /var/lib/").append(w).append("/part").append(k).append(".\n");
        sb.append("- It only talks to a ").append(v).append(" on the same host, never across the network.\n");
        sb.append("- A ").append(v).append(" that stops answering is replaced after a while.\n");
        sb.append("- **").append(w).append("-").append(k).append("**: the piece that hands out work to each ").append(v).append("\n");
        sb.append("- Think of it as the front desk of the ").append(v).append(", if that helps.\n\n");
        sb.append("Some of this changed in later releases, so check the notes of the release you run before relying on it. ")
                .append("The older behaviour is still described in most books and courses.\n\n");
        if (k % 2 == 0) {
            sb.append("List the ").append(w).append("s of part ").append(k).append(":\n\n```bash\ndocker ").append(w)
                    .append(" ls --filter part=").append(k).append("\n```\n\n");
        } else {
            sb.append("```bash\ndocker ").append(w).append(" inspect p").append(k).append("   # details of one ").append(w)
                    .append("\ndocker ").append(w).append(" rm p").append(k).append("        # remove it\n```\n\n");
        }
        if (k % 3 == 0) {
            sb.append("### ").append(w).append(" vs ").append(v).append("\n\n- The ").append(w).append(" decides.\n- The ")
                    .append(v).append(" does the work.\n\n");
        }
        if (k % 4 == 0) {
            sb.append("| Setting | Meaning |\n|---|---|\n| mode").append(k).append(" | How the ").append(w)
                    .append(" picks a ").append(v).append(" |\n| limit").append(k).append(" | The most ").append(v)
                    .append("s it handles at once |\n\n");
        }
    }
}