package dca.cli;

import dca.cli.commands.CommandLines;
import dca.cli.run.Env;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jline.terminal.Terminal;

/** Runs the real {@code dca} in-process with its own streams, environment and working directory. */
public final class CliHarness {
    private final Map<String, String> vars = new HashMap<>();
    private Path cwd;
    private dca.progress.Storage storage;
    private Terminal terminal;

    public CliHarness(Path home) {
        this.cwd = home;
        vars.put("HOME", home.toString());
        vars.put("NO_COLOR", "1");
        vars.put("TZ", "UTC");
    }

    /** Leaves a variable out of the environment (the harness sets NO_COLOR, TZ and HOME). */
    public CliHarness unset(String name) {
        vars.remove(name);
        return this;
    }

    public CliHarness env(String name, String value) {
        vars.put(name, value);
        return this;
    }

    /** Progress files are written through this (e.g. one failing like a full disk). */
    public CliHarness storage(dca.progress.Storage s) {
        this.storage = s;
        return this;
    }

    /** Runs full screen on this terminal, as on a user's. */
    public CliHarness terminal(Terminal t) {
        this.terminal = t;
        return this;
    }

    public CliHarness cwd(Path dir) {
        this.cwd = dir;
        return this;
    }

    public Result runWithInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayInputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code;
        if (storage == null && terminal == null) {
            code = Main.run(args, in, o, e, vars, cwd);
        } else {
            Env env = new Env(in, o, e, vars, cwd);
            if (storage != null) env.storage(storage);
            code = CommandLines.execute(args, env, terminal);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public Result run(String... args) {
        return runWithInput("", args);
    }

    public record Result(int code, String out, String err) {}
}
