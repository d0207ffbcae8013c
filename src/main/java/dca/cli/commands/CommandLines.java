package dca.cli.commands;

import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import dca.cli.run.Timing;
import dca.cli.screen.Terminals;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        if (isVersion(args)) {
            // What picocli prints for it, without building a model of every command to print one line.
            for (String line : new VersionProvider().getVersion()) env.out().println(line);
            return ExitCode.OK;
        }
        String[] asked = CommandNames.helpAsOption(args);
        boolean debug = Arrays.asList(asked).contains("--debug");
        String sub = subcommandOf(asked);
        CommandLine model = commandLine(env, sub);
        Timing.mark("picocli-model");
        CommandLine cli = configure(model, env, debug);
        if (asked != args && sub != null && !cli.getSubcommands().containsKey(sub)) {
            // "dca help qiuz": the same error as "dca qiuz", not the list of commands
            return unknownCommand(cli, sub, asked);
        }
        args = asked;
        if (terminal != null) ((DcaCommand) cli.getCommand()).terminal(terminal);
        Timing.mark("picocli-configure");
        cli.setExecutionStrategy(parsed -> {
            Timing.mark("picocli-parse");
            return new CommandLine.RunLast().execute(parsed);
        });
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
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println("dca: " + usageError(ex));
            err.println("  Run '" + name + " --help' for usage.");
            return ExitCode.USAGE;
        });
        HelpLayout.install(cli, () -> Terminals.outputWidth(env).orElse(80));
        return cli;
    }

    private static int unknownCommand(CommandLine cli, String word, String[] args) {
        try {
            return cli.getParameterExceptionHandler().handleParseException(
                    new CommandLine.UnmatchedArgumentException(cli, List.of(word)), args);
        } catch (Exception e) {
            return ExitCode.USAGE;
        }
    }

    /** picocli's message, or for a mistyped command or option what it was and what was probably meant. */
    static String usageError(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            CommandLine at = u.getCommandLine();
            List<String> names = new ArrayList<>();
            if (!word.startsWith("-")) {
                if (at.getSubcommands().isEmpty()) return ex.getMessage();
                at.getSubcommands().forEach((n, c) -> {
                    if (!c.getCommandSpec().usageMessage().hidden()) names.add(n);
                });
                if (at.getParent() == null) names.add("help");
                List<String> close = CommandNames.suggest(word, names);
                return "unknown command '" + word + "'" + (close.isEmpty() ? "; commands: " + String.join(", ", names)
                        : "; did you mean " + CommandNames.quoted(close) + "?");
            }
            String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            for (CommandLine.Model.OptionSpec o : at.getCommandSpec().options()) {
                if (!o.hidden()) names.addAll(List.of(o.names()));
            }
            List<String> close = CommandNames.suggest(option, names);
            return "unknown option '" + option + "'" + (close.isEmpty() ? "" : "; did you mean " + CommandNames.quoted(close) + "?");
        }
        return ex.getMessage();
    }

    /** The command line with only the named subcommand, or all of them when null or unknown. */
    public static CommandLine commandLine(Env env, String subcommand) {
        CommandLine cli = new CommandLine(new DcaCommand(env));
        DcaCommand.addSubcommands(cli, subcommand);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** Just {@code --version} (or {@code -V}): answered without picocli's model, the same line it prints. */
    static boolean isVersion(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** The first argument that is not a global option (or its value): the subcommand's name, if any. */
    static String subcommandOf(String[] args) {
        int i = CommandNames.indexOf(args);
        return i < 0 ? null : args[i];
    }
}
