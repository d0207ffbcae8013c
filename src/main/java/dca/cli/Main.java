package dca.cli;

import dca.cli.commands.CommandLines;
import dca.cli.run.Env;
import dca.cli.run.Failure;
import dca.cli.run.Timing;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** Entry point. {@code main} only calls {@link #run}, which every test drives in-process. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        String timing = System.getenv("DCA_TIMING");
        if (timing != null && !timing.isEmpty() && !timing.equals("0")) Timing.start();
        int code;
        try {
            Env env = new Env(System.in, out, err, System.getenv(), Path.of(""));
            env.processStreams(true);
            Timing.mark("env");
            code = run(args, env);
        } catch (Failure f) {
            code = Failure.report(f, err, Arrays.asList(args).contains("--debug"));
        }
        Timing.mark("rest");
        Timing.print(err);
        System.exit(code);
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, System.getenv(), Path.of(""));
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
                          Map<String, String> vars, Path cwd) {
        Env env;
        try {
            env = new Env(in, out, err, vars, cwd);
        } catch (Failure f) {
            return Failure.report(f, err, Arrays.asList(args).contains("--debug"));
        }
        return run(args, env);
    }

    /** Runs with a ready environment (tests: one whose progress storage fails on purpose). */
    public static int run(String[] args, Env env) {
        return CommandLines.execute(args, env);
    }
}
