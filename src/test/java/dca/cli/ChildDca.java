package dca.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The real dca ({@code dca.cli.Main}) in a child JVM on the test class path, driven through plain
 * mode: its stdout arrives line by line on a queue, answers go to its stdin.
 */
final class ChildDca implements AutoCloseable {
    private static final String EOF = "\u0000eof";

    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final OutputStream stdin;
    private final Thread pump;

    private ChildDca(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                // killed mid-line: what was read is on the queue
            }
            lines.add(EOF);
        });
        pump.setDaemon(true);
        pump.start();
    }

    static ChildDca start(Path home, String now, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        Files.createDirectories(home);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("DCA_") || k.startsWith("XDG_"));
        env.put("HOME", home.toString());
        env.put("DCA_NOW", now);
        env.put("NO_COLOR", "1");
        env.put("TZ", "UTC");
        return new ChildDca(pb.start());
    }

    /** The next stdout line, or null at the end of its output (or after the timeout). */
    String next(long seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null || line.equals(EOF)) {
            if (line != null) lines.add(EOF);
            return null;
        }
        return line;
    }

    /** Every line still to come, once the process has ended. */
    List<String> rest() throws InterruptedException {
        pump.join(10_000);
        List<String> out = new ArrayList<>();
        lines.drainTo(out);
        out.remove(EOF);
        return out;
    }

    void send(String line) {
        try {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            // the child is gone (killed): nothing more to say to it
        }
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
