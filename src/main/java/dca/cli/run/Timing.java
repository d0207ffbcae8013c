package dca.cli.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase timings for start-up work ({@code DCA_TIMING=1}): where the time to the first card goes.
 * Off by default and then free; only {@code Main.main} turns it on, so in-process runs never print it.
 */
public final class Timing {
    private static volatile boolean on;
    private static long last;
    private static final List<String> phases = new ArrayList<>();
    private static final java.util.Set<String> seen = new java.util.HashSet<>();

    private Timing() {}

    public static void start() {
        on = true;
        // The JVM's own start, from its start time to main() (costs a few ms only when timing is on).
        long jvm = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        phases.add("jvm-to-main " + jvm + " ms");
        last = System.nanoTime();
    }

    /** Ends the phase that started at the previous mark; only a phase's first end counts (first card). */
    public static synchronized void mark(String phase) {
        if (!on || !seen.add(phase)) return;
        long now = System.nanoTime();
        phases.add(phase + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    public static synchronized void print(PrintStream err) {
        if (!on) return;
        err.println("timing: " + String.join(", ", phases));
    }
}
