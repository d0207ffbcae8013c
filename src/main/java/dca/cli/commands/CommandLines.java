package dca.cli.commands;

import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.run.Timing;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/** Builds the picocli command line for a run, or for each command the shell runs. */
public final class CommandLines {
    private CommandLines() {}

    /** Parses and runs {@code args}; returns the exit code. */
    public static int execute(String[] args, Env env) {
        return execute(args, env, null);
    }

    /** As {@link #execute(String[], Env)}, full screen on {@code terminal} when it is not null (tests). */
    public static int execute(String[] args, Env env, Terminal terminal) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = configure(commandLine(env, subcommandOf(args)), env, debug);
        if (terminal != null) ((DcaCommand) cli.getCommand()).terminal(terminal);
        Timing.mark("picocli-model");
        return cli.execute(args);
    }

    /** Streams, colours and the one-line error handlers, for a run and for each shell command. */
    public static CommandLine configure(CommandLine cli, Env env, boolean debug) {
        PrintStream out = env.out();
        PrintStream err = env.err();
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                env.colorAllowed() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> Failure.report(ex, err, debug));
        cli.setParameterExceptionHandler((ex, args2) -> {
            err.println("dca: " + ex.getMessage());
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("  Run '" + name + " --help' for usage.");
            return ExitCode.USAGE;
        });
        return cli;
    }

    /** The command line with only the named subcommand, or all of them when null or unknown. */
    public static CommandLine commandLine(Env env, String subcommand) {
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
}
