package dca.cli.commands;

import dca.cli.text.Wrap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine;

/**
 * The {@code --help} pages: the summary once (the description's first sentence is what the command
 * list shows), prose wrapped only at spaces so {@code ./notes}, {@code ~/.local} and
 * {@code file:line} never break across lines, and everything fitted to the width it is given.
 * The man page reads the same texts through {@link #paragraphs} and {@link #summary}.
 */
final class HelpLayout {
    /** Help reads badly wider than this, whatever the terminal. */
    static final int MAX_WIDTH = 100;
    /** The name column of the option list is at most this wide; longer names put their text on the next line. */
    private static final int NAMES = 24;

    private HelpLayout() {}

    /**
     * Installs the layout on {@code cli} and all its subcommands. {@code width} is asked only when a
     * page is shown (finding a terminal's width can start a process; most runs show no help).
     */
    static void install(CommandLine cli, java.util.function.IntSupplier width) {
        IntSupplier w = new IntSupplier() {
            private int known;

            @Override
            public int getAsInt() {
                if (known == 0) known = Math.max(55, Math.min(MAX_WIDTH, width.getAsInt())); // picocli's synopsis needs 55
                return known;
            }
        };
        installOn(cli, w);
    }

    private static void installOn(CommandLine cli, IntSupplier w) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = cli.getHelpSectionMap();
        // The header is the first section drawn: the width is set there, before picocli lays out the synopsis.
        sections.put(UsageMessageSpec.SECTION_KEY_HEADER, help -> {
            help.commandSpec().usageMessage().width(w.getAsInt());
            return "";
        });
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> block(paragraphs(help.commandSpec()), w.getAsInt()));
        // Arguments and options share one name column.
        sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
                help -> rows(parameterRows(help.commandSpec()), argumentColumn(help), w.getAsInt()));
        sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                help -> rows(optionRows(help.commandSpec()), argumentColumn(help), w.getAsInt()));
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> rows(commandRows(help), column(commandRows(help)), w.getAsInt()));
        sections.put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> block(footer(help.commandSpec()), w.getAsInt()));
        UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        boolean parameters = !parameterRows(cli.getCommandSpec()).isEmpty();
        usage.parameterListHeading(parameters ? "%n" : "");
        usage.optionListHeading(parameters ? "" : "%n");
        usage.commandListHeading("%nCommands:%n");
        cli.setHelpSectionMap(sections);
        for (CommandLine sub : cli.getSubcommands().values()) installOn(sub, w);
    }

    /**
     * The description as paragraphs: the annotation's lines are joined (they were only split to keep
     * the source readable); an empty line starts a new paragraph. The header stands in when there
     * is no description.
     */
    static List<String> paragraphs(CommandSpec spec) {
        String[] lines = spec.usageMessage().description();
        if (lines.length == 0) lines = spec.usageMessage().header();
        return join(lines);
    }

    static List<String> footer(CommandSpec spec) {
        return join(spec.usageMessage().footer());
    }

    /** What the command list and the man page's NAME line say about a command: its first sentence. */
    static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        if (header.length > 0) return String.join(" ", header).strip();
        List<String> p = paragraphs(spec);
        if (p.isEmpty()) return "";
        java.util.regex.Matcher m = FIRST_SENTENCE.matcher(p.get(0));
        return m.find() ? m.group(1) : p.get(0);
    }

    private static final java.util.regex.Pattern FIRST_SENTENCE = java.util.regex.Pattern.compile("^(.+?[.!?])(?=\\s+[A-Z(]|$)");

    private static List<String> join(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (String raw : lines) {
            String line = raw.replace("%n", "\n").strip();
            if (line.isEmpty()) {
                if (p.length() > 0) out.add(p.toString());
                p.setLength(0);
                continue;
            }
            if (p.length() > 0) p.append(' ');
            p.append(line);
        }
        if (p.length() > 0) out.add(p.toString());
        return out;
    }

    /** An option or argument as the lists show it: names, and what it does. */
    record Row(String names, String text) {}

    static List<Row> optionRows(CommandSpec spec) {
        List<OptionSpec> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) if (!o.hidden()) options.add(o);
        options.sort(Comparator.comparing(o -> o.longestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT)));
        List<Row> rows = new ArrayList<>();
        for (OptionSpec o : options) {
            String shortName = null;
            String longName = null;
            for (String n : o.names()) {
                if (n.startsWith("--")) longName = longName == null ? n : longName;
                else shortName = shortName == null ? n : shortName;
            }
            String label = o.arity().max() > 0 ? "=" + o.paramLabel() : "";
            String names = shortName == null ? "    " + longName + label
                    : longName == null ? shortName + label : shortName + ", " + longName + label;
            rows.add(new Row(names, text(o)));
        }
        return rows;
    }

    static List<Row> parameterRows(CommandSpec spec) {
        List<Row> rows = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) continue;
            String label = p.paramLabel() + (p.arity().max() > 1 ? "..." : "");
            rows.add(new Row("    " + (p.arity().min() == 0 ? "[" + label + "]" : label), text(p)));
        }
        return rows;
    }

    private static List<Row> commandRows(Help help) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Help> e : help.subcommands().entrySet()) {
            CommandSpec sub = e.getValue().commandSpec();
            if (sub.usageMessage().hidden()) continue;
            rows.add(new Row(e.getKey(), summary(sub)));
        }
        return rows;
    }

    private static String text(ArgSpec a) {
        return String.join(" ", a.description()).strip();
    }

    private static int argumentColumn(Help help) {
        List<Row> all = new ArrayList<>(parameterRows(help.commandSpec()));
        all.addAll(optionRows(help.commandSpec()));
        return column(all);
    }

    /** Where the text column starts: after the longest names that are not too long, and two spaces. */
    private static int column(List<Row> rows) {
        int names = 0;
        for (Row r : rows) if (r.names().length() <= NAMES) names = Math.max(names, r.names().length());
        return 2 + names + 2;
    }

    /** Rows as two columns, the text wrapped at spaces beside its names (below them when they are long). */
    private static String rows(List<Row> rows, int column, int width) {
        if (rows.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        for (Row r : rows) {
            String head = "  " + r.names();
            List<String> text = Wrap.lines(r.text(), width, " ".repeat(column));
            if (head.length() + 2 > column) {
                b.append(head).append('\n');
            } else {
                text = new ArrayList<>(text);
                String first = text.get(0);
                text.set(0, head + (first.length() > head.length() ? first.substring(head.length()) : ""));
            }
            for (String t : text) b.append(t.stripTrailing()).append('\n');
        }
        return b.toString();
    }

    private static String block(List<String> paragraphs, int width) {
        if (paragraphs.isEmpty()) return "";
        StringBuilder b = new StringBuilder("\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) b.append('\n');
            for (String line : Wrap.lines(paragraphs.get(i), width, "")) b.append(line).append('\n');
        }
        return b.toString();
    }
}
