package dca.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;

/** Entry point. {@code main} only calls {@link #run}, which every test drives in-process. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err, System.getenv(), Path.of("")));
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, System.getenv(), Path.of(""));
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
                          Map<String, String> vars, Path cwd) {
        boolean debug = Arrays.asList(args).contains("--debug");
        Env env;
        try {
            env = new Env(in, out, err, vars, cwd);
        } catch (Failure f) {
            return report(f, err, debug);
        }
        return configure(commandLine(env), env, debug).execute(args);
    }

    /** Streams, colours and the one-line error handlers, for a run and for each shell command. */
    static CommandLine configure(CommandLine cli, Env env, boolean debug) {
        PrintStream out = env.out();
        PrintStream err = env.err();
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                env.colorAllowed() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, err, debug));
        cli.setParameterExceptionHandler((ex, args2) -> {
            err.println("dca: " + ex.getMessage());
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("  Run '" + name + " --help' for usage.");
            return ExitCode.USAGE;
        });
        return cli;
    }

    static CommandLine commandLine(Env env) {
        CommandLine cli = new CommandLine(new DcaCommand(env));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** One line saying what is wrong, one saying how to fix it; a stack trace only with --debug. */
    static int report(Throwable ex, PrintStream err, boolean debug) {
        int code;
        String hint;
        if (ex instanceof Failure f) {
            code = f.exitCode();
            hint = f.hint();
            err.println("dca: " + f.getMessage());
        } else if (ex instanceof dca.progress.ProgressException p) {
            code = ExitCode.PROGRESS;
            hint = p.hint();
            err.println("dca: " + p.getMessage());
        } else {
            code = ExitCode.INTERNAL;
            hint = "this is a bug in dca; run again with --debug and report the trace";
            err.println("dca: internal error: " + ex);
        }
        if (!hint.isEmpty()) err.println("  " + hint);
        if (debug) ex.printStackTrace(err);
        return code;
    }
}
