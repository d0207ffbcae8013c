package dca.cli.commands;

import dca.cli.run.Env;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * The manual page {@code dca.1}, in troff (man macros), made from the same picocli model and texts
 * as {@code --help}, so the two never disagree. The build writes it beside the jar
 * ({@code target/dca.1}: {@code man target/dca.1}).
 */
public final class ManPage {
    private ManPage() {}

    /** The build's entry point: writes the page to the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "dca.1");
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, render(), StandardCharsets.UTF_8);
    }

    /** The whole page. */
    public static String render() {
        Env env = new Env(InputStream.nullInputStream(), new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream()), Map.of(), Path.of(""));
        CommandLine cli = CommandLines.commandLine(env, null);
        CommandSpec root = cli.getCommandSpec();
        StringBuilder b = new StringBuilder();
        b.append(".\\\" The dca manual page, generated from dca's command model (dca.cli.commands.ManPage).\n");
        b.append(".TH DCA 1 \"\" \"dca ").append(version()).append("\" \"User Commands\"\n");
        b.append(".ad l\n.nh\n"); // ragged right and no hyphens: paths and options stay whole
        String summary = stripDot(HelpLayout.summary(root));
        if (summary.contains(":")) summary = summary.substring(0, summary.indexOf(':'));
        b.append(".SH NAME\ndca \\- ").append(text(lowerFirst(summary))).append('\n');
        b.append(".SH SYNOPSIS\n.B dca\n[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR [\\fIARGS\\fR]]\n.br\n.B dca\n(no arguments: a shell with Tab completion)\n");
        b.append(".SH DESCRIPTION\n");
        paragraphs(b, HelpLayout.paragraphs(root));
        b.append(".SH OPTIONS\nThese work before or after any command.\n");
        rows(b, HelpLayout.optionRows(root));
        b.append(".SH COMMANDS\n");
        for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
            command(b, e.getValue().getCommandSpec(), "dca " + e.getKey());
        }
        b.append(".SS \"dca help [COMMAND]\"\nThe same page as \\fBdca\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR.\n");
        tail(b);
        return b.toString();
    }

    private static void command(StringBuilder b, CommandSpec spec, String name) {
        if (spec.usageMessage().hidden()) return;
        b.append(".SS \"").append(text(name)).append("\"\n");
        String synopsis = synopsis(spec);
        b.append(".PP\n\\fB").append(text(name)).append("\\fR").append(text(synopsis.substring(Math.min(synopsis.length(), name.length()))))
                .append('\n');
        paragraphs(b, HelpLayout.paragraphs(spec));
        List<HelpLayout.Row> rows = new java.util.ArrayList<>(HelpLayout.parameterRows(spec));
        for (HelpLayout.Row r : HelpLayout.optionRows(spec)) {
            if (!GLOBAL.contains(r.names().strip())) rows.add(r);
        }
        rows(b, rows);
        paragraphs(b, HelpLayout.footer(spec));
        for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
            command(b, e.getValue().getCommandSpec(), name + " " + e.getKey());
        }
    }

    /** The options every command has: listed once, under OPTIONS. */
    private static final List<String> GLOBAL = List.of("--debug", "--plain", "--notes=PATH", "--progress=FILE", "-h, --help",
            "-V, --version");

    /** "dca quiz [-hV] [--choice] … [DECK...]" on one line, as picocli writes it for --help. */
    private static String synopsis(CommandSpec spec) {
        CommandLine.Help help = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return help.synopsis(0).replaceAll("\\s+", " ").strip();
    }

    private static void rows(StringBuilder b, List<HelpLayout.Row> rows) {
        for (HelpLayout.Row r : rows) {
            b.append(".TP\n").append(names(r.names().strip())).append('\n').append(text(r.text())).append('\n');
        }
    }

    /** "-h, --help" in bold, "=PATH" and "[DECK...]" in italics. */
    private static String names(String names) {
        if (names.startsWith("[") || !names.startsWith("-")) return "\\fI" + text(names) + "\\fR";
        int eq = names.indexOf('=');
        String flags = eq < 0 ? names : names.substring(0, eq);
        String label = eq < 0 ? "" : "=\\fI" + text(names.substring(eq + 1)) + "\\fR";
        return "\\fB" + text(flags) + "\\fR" + label;
    }

    private static void paragraphs(StringBuilder b, List<String> paragraphs) {
        for (String p : paragraphs) b.append(".PP\n").append(text(p)).append('\n');
    }

    private static void tail(StringBuilder b) {
        b.append("""
                .SH FILES
                .TP
                \\fI${XDG_CONFIG_HOME:\\-~/.config}/dca/config\\fR
                Settings: one \\fIkey\\fR = \\fIvalue\\fR a line, commented; \\fBdca config\\fR reads and changes it.
                .TP
                \\fI${XDG_DATA_HOME:\\-~/.local/share}/dca/progress.json\\fR
                Progress: each card's schedule, the review log and exam history (\\fB\\-\\-progress\\fR, \\fBDCA_PROGRESS\\fR).
                .TP
                \\fI${XDG_DATA_HOME:\\-~/.local/share}/dca/decks/\\fR
                Imported decks.
                .TP
                \\fI${XDG_STATE_HOME:\\-~/.local/state}/dca/history\\fR
                The shell's command history.
                .SH ENVIRONMENT
                .TP
                .B DCA_NOTES
                Notes directory or file (else \\fI./notes\\fR when it exists, else the notes bundled in dca).
                .TP
                .B DCA_PROGRESS
                Progress file.
                .TP
                .B DCA_NOW
                A fixed clock for the whole run, e.g. 2026\\-12\\-01T09:00:00Z.
                .TP
                .BR VISUAL ", " EDITOR
                The editor the drill's \\fBe\\fR key opens at the card's line.
                .TP
                .B NO_COLOR
                No colour.
                .TP
                .B COLUMNS
                The width to fit when it cannot be read from the terminal.
                .TP
                .B TERM
                With \\fBdumb\\fR (or no usable terminal) the drill runs in plain mode.
                .SH EXIT STATUS
                .TP
                .B 0
                Success.
                .TP
                .B 1
                \\fBdca check\\fR found errors.
                .TP
                .B 2
                Usage: an unknown command, deck, option or value.
                .TP
                .B 3
                The progress or settings file is locked, corrupt, out of range or unwritable.
                .TP
                .B 4
                A bad import file.
                .TP
                .B 130
                A session ended by Ctrl\\-C (its answers are saved).
                .SH SEE ALSO
                The README of dca, which has the notes syntax, the plain-mode protocol and the curriculum.
                """);
    }

    /** Text for troff: backslashes escaped, hyphens as minus signs, no line starting with a control character. */
    static String text(String s) {
        StringBuilder ascii = new StringBuilder();
        s.codePoints().forEach(c -> ascii.append(c < 128 ? Character.toString(c) : String.format("\\[u%04X]", c))); // troff reads ASCII
        String t = ascii.toString().replace("\\", "\\e").replace("-", "\\-").replace("\\e[u", "\\[u");
        StringBuilder out = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            if (line.startsWith(".") || line.startsWith("'")) out.append("\\&");
            out.append(line);
        }
        return out.toString();
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String version() {
        try (InputStream in = ManPage.class.getResourceAsStream("/dca/version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "");
        } catch (IOException e) {
            return "";
        }
    }
}
