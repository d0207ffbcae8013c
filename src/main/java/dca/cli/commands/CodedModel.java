package dca.cli.commands;

import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;

/**
 * The picocli model of the commands started most often (the root, quiz, review, weak, stats), built
 * in code. Reading a command's annotations makes the JDK generate a proxy class per annotation type
 * at run time, which no class-data archive keeps: about half of picocli's start-up cost. Each of these
 * commands declares its model here and nowhere else; the other commands keep their annotations.
 * Values are held by the model (picocli's default binding) and read back with {@link #value}.
 * {@code CommandModelGoldenTest} pins that the model is the one the annotations gave.
 */
final class CodedModel {
    /** The key picocli files its standard help options under: {@code mixinStandardHelpOptions()} reads it. */
    private static final String STANDARD_HELP = "mixinStandardHelpOptions";

    private CodedModel() {}

    /** A command named {@code name} run by {@code command}, with -h/--help and -V/--version. */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description);
        return spec;
    }

    /** Adds -h/--help and -V/--version as {@code mixinStandardHelpOptions = true} does, after the command's own options. */
    static CommandSpec standardHelp(CommandSpec spec) {
        CommandSpec help = CommandSpec.wrapWithoutInspection(null);
        help.addOption(flag("--help", "Show this help message and exit.").names("-h", "--help").usageHelp(true)
                .paramLabel("<helpRequested>").build());
        help.addOption(flag("--version", "Print version information and exit.").names("-V", "--version").versionHelp(true)
                .paramLabel("<versionRequested>").build());
        return spec.addMixin(STANDARD_HELP, help);
    }

    /** An option without a value: false unless given. */
    static OptionSpec.Builder flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).arity("0").initialValue(false)
                .paramLabel("<" + name.substring(2) + ">").description(description);
    }

    /** An option with one value of {@code type}, shown as {@code --name=LABEL}. */
    static OptionSpec.Builder value(String name, Class<?> type, String label, String description) {
        return OptionSpec.builder(name).type(type).arity("1").paramLabel(label).description(description);
    }

    /** Global options: given before or after the subcommand's name. */
    static OptionSpec.Builder inherited(OptionSpec.Builder option) {
        return option.scopeType(ScopeType.INHERIT);
    }

    /** The optional deck names every drill command takes. */
    static PositionalParamSpec decks(String description) {
        return PositionalParamSpec.builder().index(Range.valueOf("0..*")).arity("0..*").type(List.class)
                .auxiliaryTypes(String.class).paramLabel("DECK").description(description).build();
    }

    /** The value of the option named {@code name} (as parsed, or its initial value). */
    static <T> T value(CommandSpec spec, String name) {
        return arg(spec.findOption(name));
    }

    /** The deck names given, empty when none. */
    static List<String> decks(CommandSpec spec) {
        List<String> decks = arg(spec.positionalParameters().get(0));
        return decks == null ? List.of() : decks;
    }

    /** A flag's value: false when not given. */
    static boolean isSet(CommandSpec spec, String name) {
        return Boolean.TRUE.equals(value(spec, name));
    }

    private static <T> T arg(ArgSpec arg) {
        return arg.getValue();
    }
}
