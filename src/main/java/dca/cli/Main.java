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
        String timing = System.getenv("DCA_TIMING");
        if (timing != null && !timing.isEmpty() && !timing.equals("0")) Timing.start();
        int code = run(args, System.in, out, err, System.getenv(), Path.of(""));
        Timing.mark("rest");
        Timing.print(err);
        System.exit(code);
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
        return run(args, env);
    }

    /** Runs with a ready environment (tests: one whose progress storage fails on purpose). */
    static int run(String[] args, Env env) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = configure(commandLine(env, subcommandOf(args)), env, debug);
        Timing.mark("picocli-model");
        return cli.execute(args);
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
        return commandLine(env, null);
    }

    /** The command line with only the named subcommand, or all of them when null or unknown. */
    static CommandLine commandLine(Env env, String subcommand) {
        CommandLine cli = new CommandLine(new DcaCommand(env));
        DcaCommand.addSubcommands(cli, subcommand);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** The first argument that is not a global option (or its value): the subcommand's name, if any. */
    static String subcommandOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--notes") || a.equals("--progress")) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
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
