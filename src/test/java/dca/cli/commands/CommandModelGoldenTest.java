package dca.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dca.cli.run.Env;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The whole picocli model, every command's option and argument as picocli sees them, and each help
 * page, compared with {@code src/test/resources/golden-cli/command-model.txt}. Some commands' models
 * are built in code rather than read from annotations (start-up time): this pins that both ways give
 * the same model, for the full tree (help, completion, the man page) and for a run's one command.
 * {@code -Dgolden.update=true} (or {@code GOLDEN_UPDATE=1}) rewrites it; review the diff.
 */
class CommandModelGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden-cli/command-model.txt");

    @TempDir
    Path home;

    private Env env() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Env(new ByteArrayInputStream(new byte[0]), sink, sink,
                Map.of("HOME", home.toString(), "NO_COLOR", "1", "TZ", "UTC", "COLUMNS", "80"), home);
    }

    @Test
    void theModelOfEveryCommandIsTheOnePinned() throws Exception {
        Env env = env();
        CommandLine all = CommandLines.configure(CommandLines.commandLine(env, null), env, false);
        StringBuilder b = new StringBuilder();
        describe(all, b);
        String actual = b.toString();
        boolean update = Boolean.getBoolean("golden.update") || "1".equals(System.getenv("GOLDEN_UPDATE"));
        if (update) Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
    }

    @Test
    void aRunsOneCommandHasTheSameModelAsInTheFullTree() {
        Env env = env();
        CommandLine all = CommandLines.configure(CommandLines.commandLine(env, null), env, false);
        for (String name : all.getSubcommands().keySet()) {
            CommandLine one = CommandLines.configure(CommandLines.commandLine(env, name), env, false);
            assertEquals(java.util.List.of(name), java.util.List.copyOf(one.getSubcommands().keySet()));
            StringBuilder expected = new StringBuilder();
            describe(all.getSubcommands().get(name), expected);
            StringBuilder actual = new StringBuilder();
            describe(one.getSubcommands().get(name), actual);
            assertEquals(expected.toString(), actual.toString(), name);
        }
    }

    @Test
    void noOptionNeedsAConverterLeftOut() {
        Env env = env();
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(CommandLines.commandLine(env, null)));
        while (!todo.isEmpty()) {
            CommandLine cli = todo.pop();
            todo.addAll(cli.getSubcommands().values());
            for (picocli.CommandLine.Model.ArgSpec a : cli.getCommandSpec().args()) {
                for (Class<?> t : a.auxiliaryTypes()) {
                    if (t.getName().matches(CommandLines.UNUSED_CONVERTERS)) found.add(cli.getCommandName() + " " + a + ": " + t.getName());
                }
            }
        }
        assertEquals(java.util.List.of(), found);
        // And a type left out really is: picocli cannot convert it.
        CommandSpec spec = CommandSpec.wrapWithoutInspection(null);
        spec.addOption(OptionSpec.builder("--day").type(java.time.LocalDate.class).build());
        CommandLine cli = new CommandLine(spec);
        org.junit.jupiter.api.Assertions.assertThrows(CommandLine.ParameterException.class, () -> cli.parseArgs("--day", "2026-12-01"));
    }

    private static void describe(CommandLine cli, StringBuilder b) {
        CommandSpec s = cli.getCommandSpec();
        UsageMessageSpec u = s.usageMessage();
        b.append("== ").append(s.qualifiedName()).append('\n');
        b.append("aliases ").append(Arrays.toString(s.aliases())).append(", mixinStandardHelpOptions ").append(s.mixinStandardHelpOptions())
                .append(", helpCommand ").append(s.helpCommand()).append(", hidden ").append(u.hidden())
                .append(", subcommands ").append(cli.getSubcommands().keySet()).append('\n');
        b.append("header ").append(Arrays.toString(u.header())).append('\n');
        b.append("description ").append(Arrays.toString(u.description())).append('\n');
        b.append("footer ").append(Arrays.toString(u.footer())).append('\n');
        b.append("usage: synopsisHeading ").append(u.synopsisHeading()).append(", customSynopsis ").append(Arrays.toString(u.customSynopsis()))
                .append(", sortOptions ").append(u.sortOptions()).append(", abbreviateSynopsis ").append(u.abbreviateSynopsis())
                .append(", showDefaultValues ").append(u.showDefaultValues()).append(", parameterListHeading ").append(u.parameterListHeading())
                .append(", optionListHeading ").append(u.optionListHeading()).append(", commandListHeading ").append(u.commandListHeading()).append('\n');
        b.append("parser: ").append(s.parser().caseInsensitiveEnumValuesAllowed()).append(' ').append(s.parser().unmatchedArgumentsAllowed())
                .append(' ').append(s.parser().stopAtPositional()).append('\n');
        for (OptionSpec o : s.options()) {
            b.append("option ").append(Arrays.toString(o.names())).append(" type ").append(o.type().getName())
                    .append(" aux ").append(Arrays.toString(o.auxiliaryTypes())).append(" arity ").append(o.arity())
                    .append(" label ").append(o.paramLabel()).append(" scope ").append(o.scopeType()).append(" inherited ").append(o.inherited())
                    .append(" hidden ").append(o.hidden()).append(" required ").append(o.required())
                    .append(" usageHelp ").append(o.usageHelp()).append(" versionHelp ").append(o.versionHelp())
                    .append(" negatable ").append(o.negatable()).append(" default ").append(o.defaultValue())
                    .append(" initial ").append(o.initialValue()).append(" split ").append(o.splitRegex())
                    .append(" order ").append(o.order()).append(" interactive ").append(o.interactive())
                    .append(" description ").append(Arrays.toString(o.description())).append('\n');
        }
        for (PositionalParamSpec p : s.positionalParameters()) {
            b.append("parameter ").append(p.index()).append(" type ").append(p.type().getName())
                    .append(" aux ").append(Arrays.toString(p.auxiliaryTypes())).append(" arity ").append(p.arity())
                    .append(" label ").append(p.paramLabel()).append(" hidden ").append(p.hidden()).append(" required ").append(p.required())
                    .append(" default ").append(p.defaultValue()).append(" candidates ").append(candidates(p))
                    .append(" description ").append(Arrays.toString(p.description())).append('\n');
        }
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        cli.usage(new PrintStream(page, true, StandardCharsets.UTF_8), CommandLine.Help.Ansi.OFF);
        b.append("-- help\n").append(page.toString(StandardCharsets.UTF_8));
        for (CommandLine sub : cli.getSubcommands().values()) describe(sub, b);
    }

    private static String candidates(PositionalParamSpec p) {
        if (p.completionCandidates() == null) return "none";
        StringBuilder c = new StringBuilder();
        for (String s : p.completionCandidates()) c.append(s).append(' ');
        return c.toString().strip();
    }
}
