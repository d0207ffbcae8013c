package dca.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real {@code dca} in-process with its own streams, environment and working directory. */
public final class CliHarness {
    private final Map<String, String> vars = new HashMap<>();
    private Path cwd;

    public CliHarness(Path home) {
        this.cwd = home;
        vars.put("HOME", home.toString());
        vars.put("NO_COLOR", "1");
        vars.put("TZ", "UTC");
    }

    public CliHarness env(String name, String value) {
        vars.put(name, value);
        return this;
    }

    public CliHarness cwd(Path dir) {
        this.cwd = dir;
        return this;
    }

    public Result runWithInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                vars, cwd);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    public record Result(int code, String out, String err) {}
}
