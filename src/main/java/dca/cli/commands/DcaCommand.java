package dca.cli.commands;

import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.GlobalOptions;
import dca.cli.screen.Terminals;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * The root {@code dca} command: global options and the list of subcommands. Its model is built in code
 * ({@link CodedModel}: every run builds it, so it reads no annotations).
 */
public final class DcaCommand implements Callable<Integer>, GlobalOptions {
    /** A subcommand: its class, and for those whose model is built in code, its name and model. */
    record Subcommand(Class<?> type, String codedName, Function<DcaCommand, CommandSpec> model) {
        static Subcommand annotated(Class<?> type) {
            return new Subcommand(type, null, null);
        }

        String name() {
            return codedName != null ? codedName : type.getAnnotation(Command.class).name();
        }

        void addTo(CommandLine cli) {
            if (model == null) cli.addSubcommand(type);
            else cli.addSubcommand(codedName, model.apply((DcaCommand) cli.getCommand()));
        }
    }

    /**
     * The subcommands. Added by {@link #addSubcommands}, not by an annotation, so that a run builds
     * the picocli model of the one command it runs (every model costs start-up time).
     */
    static final List<Subcommand> SUBCOMMANDS = List.of(
            Subcommand.annotated(DecksCommand.class),
            Subcommand.annotated(ShowCommand.class),
            Subcommand.annotated(CheckCommand.class),
            Subcommand.annotated(BuildCommand.class),
            Subcommand.annotated(ExportCommand.class),
            Subcommand.annotated(ImportCommand.class),
            Subcommand.annotated(RemoveCommand.class),
            new Subcommand(QuizCommand.class, QuizCommand.NAME, QuizCommand::model),
            new Subcommand(ReviewCommand.class, ReviewCommand.NAME, ReviewCommand::model),
            new Subcommand(WeakCommand.class, WeakCommand.NAME, WeakCommand::model),
            Subcommand.annotated(ConfigCommand.class),
            Subcommand.annotated(OptimizeCommand.class),
            Subcommand.annotated(PlanCommand.class),
            Subcommand.annotated(ExamCommand.class),
            new Subcommand(StatsCommand.class, StatsCommand.NAME, StatsCommand::model),
            Subcommand.annotated(CompletionCommand.class),
            Subcommand.annotated(CompletionCommand.Candidates.class));

    /** Adds the subcommand {@code only} names, or all of them when it names none. */
    static CommandLine addSubcommands(CommandLine cli, String only) {
        Subcommand match = null;
        // QuizCommand is "quiz": try the class its name suggests first, so a run reads one @Command, not all.
        for (Subcommand c : SUBCOMMANDS) {
            if (only != null && c.type().getSimpleName().equalsIgnoreCase(only + "Command") && c.name().equals(only)) match = c;
        }
        for (int i = 0; match == null && only != null && i < SUBCOMMANDS.size(); i++) {
            if (SUBCOMMANDS.get(i).name().equals(only)) match = SUBCOMMANDS.get(i);
        }
        for (Subcommand c : SUBCOMMANDS) {
            if (match == null || c == match) c.addTo(cli);
        }
        return cli;
    }

    /** The model of {@code root}: what {@code @Command}, {@code @Option} and {@code @Spec} would have said. */
    static CommandSpec model(DcaCommand root) {
        CommandSpec spec = CodedModel.command(root, "dca",
                "Study drill for the Docker Certified Associate exam: notes become flashcards,",
                "spaced repetition schedules them, mock exams check you are ready.");
        spec.usageMessage().footer("", "Run 'dca help COMMAND' (or 'dca COMMAND --help') for a command's options.",
                "Tab completion for bash, zsh or fish: see 'dca help completion'.");
        spec.versionProvider(new VersionProvider());
        spec.addOption(CodedModel.inherited(CodedModel.flag("--debug", "Show stack traces for errors.")).build());
        spec.addOption(CodedModel.inherited(CodedModel.flag("--plain",
                "Line-based input and output, no colour (automatic when not a terminal).")).build());
        spec.addOption(CodedModel.inherited(CodedModel.value("--notes", String.class, "PATH",
                "Notes directory or .md file (default: $DCA_NOTES, ./notes, or the bundled notes).")).build());
        spec.addOption(CodedModel.inherited(CodedModel.value("--progress", String.class, "FILE",
                "Progress file (default: $DCA_PROGRESS or ~/.local/share/dca/progress.json).")).build());
        root.spec = CodedModel.standardHelp(spec);
        return spec;
    }

    private final Env env;

    private CommandSpec spec;

    /** A terminal the drill and shell use instead of building one (the shell's own, or a test's). */
    private Terminal terminal;

    public DcaCommand(Env env) {
        this.env = env;
    }

    @Override public Env env() { return env; }
    @Override public String notes() { return CodedModel.value(spec, "--notes"); }
    @Override public String progress() { return CodedModel.value(spec, "--progress"); }
    @Override public boolean plain() { return CodedModel.isSet(spec, "--plain"); }
    @Override public boolean debug() { return CodedModel.isSet(spec, "--debug"); }

    /** Full screen or plain lines for this run, on the injected terminal if there is one. */
    public Terminals terminals() {
        return new Terminals(env, plain(), terminal);
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
