package dca.cli.commands;

import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.GlobalOptions;
import dca.cli.screen.Terminals;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The root {@code dca} command: global options and the list of subcommands. */
@Command(name = "dca",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Study drill for the Docker Certified Associate exam: notes become flashcards,",
                       "spaced repetition schedules them, mock exams check you are ready."},
        footer = {"", "Run 'dca help COMMAND' (or 'dca COMMAND --help') for a command's options.",
                  "Tab completion for bash, zsh or fish: see 'dca help completion'."})
public final class DcaCommand implements Callable<Integer>, GlobalOptions {
    /**
     * The subcommands. Added by {@link #addSubcommands}, not by the annotation, so that a run builds
     * the picocli model of the one command it runs (every model costs start-up time).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            DecksCommand.class,
            ShowCommand.class,
            CheckCommand.class,
            BuildCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            RemoveCommand.class,
            QuizCommand.class,
            ReviewCommand.class,
            WeakCommand.class,
            ConfigCommand.class,
            OptimizeCommand.class,
            PlanCommand.class,
            ExamCommand.class,
            StatsCommand.class,
            CompletionCommand.class,
            CompletionCommand.Candidates.class);

    /** Adds the subcommand {@code only} names (by its @Command name), or all of them when it names none. */
    static CommandLine addSubcommands(CommandLine cli, String only) {
        Class<?> match = null;
        // QuizCommand is "quiz": try the class its name suggests first, so a run reads one @Command, not all.
        for (Class<?> c : SUBCOMMANDS) {
            if (only != null && c.getSimpleName().equalsIgnoreCase(only + "Command") && c.getAnnotation(Command.class).name().equals(only)) match = c;
        }
        for (int i = 0; match == null && only != null && i < SUBCOMMANDS.size(); i++) {
            if (SUBCOMMANDS.get(i).getAnnotation(Command.class).name().equals(only)) match = SUBCOMMANDS.get(i);
        }
        for (Class<?> c : SUBCOMMANDS) {
            if (match == null || c == match) cli.addSubcommand(c);
        }
        return cli;
    }

    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces for errors.")
    boolean debug;

    @Option(names = "--plain", scope = ScopeType.INHERIT,
            description = "Line-based input and output, no colour (automatic when not a terminal).")
    boolean plain;

    @Option(names = "--notes", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "Notes directory or .md file (default: $DCA_NOTES, ./notes, or the bundled notes).")
    String notes;

    @Option(names = "--progress", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Progress file (default: $DCA_PROGRESS or ~/.local/share/dca/progress.json).")
    String progress;

    /** A terminal the drill and shell use instead of building one (the shell's own, or a test's). */
    private Terminal terminal;

    public DcaCommand(Env env) {
        this.env = env;
    }

    @Override public Env env() { return env; }
    @Override public String notes() { return notes; }
    @Override public String progress() { return progress; }
    @Override public boolean plain() { return plain; }
    @Override public boolean debug() { return debug; }

    /** Full screen or plain lines for this run, on the injected terminal if there is one. */
    public Terminals terminals() {
        return new Terminals(env, plain, terminal);
    }

    /** Uses {@code t} instead of building a terminal (the shell's own, or a test's). */
    public void terminal(Terminal t) {
        this.terminal = t;
    }

    @Override
    public Integer call() {
        if (terminal == null && terminals().interactive()) return DcaShell.open(this);
        spec.commandLine().usage(env.out());
        return ExitCode.OK;
    }
}
