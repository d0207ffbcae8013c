package dca.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root {@code dca} command: global options and the list of subcommands. */
@Command(name = "dca",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Study drill for the Docker Certified Associate exam: notes become flashcards,",
                       "spaced repetition schedules them, mock exams check you are ready."},
        subcommands = {
                DecksCommand.class,
                ShowCommand.class,
                CheckCommand.class,
                BuildCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                QuizCommand.class,
                ReviewCommand.class,
                WeakCommand.class,
                ConfigCommand.class,
                ExamCommand.class,
                StatsCommand.class,
        },
        footer = {"", "Run 'dca COMMAND --help' for a command's options."})
public final class DcaCommand implements Callable<Integer> {
    final Env env;

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
    org.jline.terminal.Terminal terminal;

    public DcaCommand(Env env) {
        this.env = env;
    }

    public Env env() { return env; }

    @Override
    public Integer call() {
        if (Terminals.interactive(this) && terminal == null) return DcaShell.open(this);
        spec.commandLine().usage(env.out());
        return ExitCode.OK;
    }
}
