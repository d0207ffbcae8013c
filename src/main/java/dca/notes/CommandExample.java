package dca.notes;

import dca.deck.BasicCard;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/**
 * A command the notes show without saying what it does (a code block under a heading, a table of
 * commands and page numbers, a bullet that is only a command): when dca knows what the command
 * does ({@link CommandTasks}), a command card asks for it ("Which command removes a volume?"),
 * the section's heading telling similar cards apart.
 */
final class CommandExample implements Rule {
    private static final int MAX_COMMANDS = 8;
    /** A cell of flags: "--digests", "-a, --all", "`--filter dangling=true`". */
    private static final java.util.regex.Pattern FLAGS = java.util.regex.Pattern.compile(
            "(?:--?[A-Za-z][\\w-]*(?:[ =][^\\s,;-][^\\s,;]*)?)(?:\\s*[,;]?\\s*--?[A-Za-z][\\w-]*(?:[ =][^\\s,;-][^\\s,;]*)?)*");

    @Override
    public String name() {
        return "command-example";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        List<String> commands = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean afterList = false;
        TableRows table = TableRows.of(b.node(), x);
        if (table != null) {
            for (int i = 0; i < table.rows().size(); i++) {
                List<String> row = table.rows().get(i);
                for (int c = 0; c < row.size(); c++) {
                    if (CommandTable.isCommand(row.get(c))) {
                        String command = CommandTable.unquote(row.get(c));
                        // A column of flags beside the command belongs to it: "docker images | --digests".
                        for (int f = c + 1; f < row.size(); f++) {
                            String flags = CommandTable.unquote(row.get(f)).strip();
                            if (FLAGS.matcher(flags).matches()) command = command + " " + flags.replaceAll("[,;]\\s*", " ");
                        }
                        commands.add(command);
                        lines.add(table.lines().get(i));
                        break;
                    }
                }
            }
        } else if (CodeLines.isCode(b.node())) {
            // Code right after a heading, a line of text or at the start of a bullet belongs to that section;
            // code after a list or a checklist may belong to anything.
            // Code after a list may belong to any of its items: the command alone says what is asked.
            Node before = b.previous();
            afterList = before != null && !(before instanceof org.commonmark.node.Heading) && !(before instanceof org.commonmark.node.Paragraph);
            CodeLines code = CodeLines.of(b.node());
            if (code == null) return Outcome.PASS;
            if (code.commands().size() > MAX_COMMANDS) return Outcome.miss("too many commands without a word on what they do");
            int first = b.line() + (CodeLines.codeOnly(b.node()) == null ? 1 : 0);
            for (CodeLines.Command c : code.commands()) {
                commands.add(c.text());
                lines.add(first + c.offset());
            }
        } else {
            return Outcome.PASS;
        }
        if (commands.isEmpty()) return Outcome.PASS;
        boolean made = false;
        String section = afterList ? null : section(b.ctx());
        for (int i = 0; i < commands.size(); i++) {
            String task = CommandTasks.task(commands.get(i));
            if (task == null) continue;
            // The section says which one: "Which command creates a network (macvlan)?"
            boolean named = section != null && !task.toLowerCase(java.util.Locale.ROOT).contains(section.toLowerCase(java.util.Locale.ROOT));
            String prompt = "Which command " + task + (named ? " (" + section + ")" : "") + "?";
            // Several examples of one command: each asks with what sets it apart ("… with `--mount`?").
            String apart = CommandTasks.distinguishing(commands.get(i));
            if (named && apart.toLowerCase(java.util.Locale.ROOT).contains(section.toLowerCase(java.util.Locale.ROOT))) named = false;
            if (!apart.isEmpty()) prompt = "Which command " + task + ", " + apart + (named ? " (" + section + ")" : "") + "?";
            made |= x.sink().offerBasic(BasicCard.Origin.COMMAND, prompt, CommandTasks.withoutEverydayFlags(commands.get(i)), b.ctx(), lines.get(i), List.of());
        }
        return made ? Outcome.claimed(1) : Outcome.miss("no word on what these commands do, and dca does not know them");
    }

    /** The innermost crumb, when it names something ("MACVLAN"), to tell apart cards asking the same. */
    private static String section(Breadcrumbs ctx) {
        List<String> path = ctx.path();
        if (path.size() < 2) return null;
        String last = path.get(path.size() - 1);
        return Guards.isGenericHeading(last) || Strings.words(last) > 6 || !HeadingDefinition.isTerm(last)
                || HeadingDefinition.isTask(last) ? null : Strings.stripColon(last);
    }
}
