package dca.bench;

import dca.notes.NotesParser;
import dca.notes.ParsedNotes;
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
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) {
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
}
