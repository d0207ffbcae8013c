package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;

/**
 * The commands in a code block, each with its comment ({@code cmd  # comment}, or a {@code # comment}
 * line above it) and its offset in the block. Continuation lines ending in {@code \} join their
 * command. When some lines carry a {@code $ } prompt, only those are commands and the rest is output.
 * A block in a language that is not a shell (Dockerfile, YAML, JSON, a program) holds no commands.
 */
record CodeLines(List<Command> commands, int otherLines, boolean startsWithCommand) {
    /**
     * @param following true for a command under the same {@code # comment} line as the command before
     *                  it (no blank line between): the comment covers both
     */
    record Command(String text, String comment, int offset, boolean following) {
        Command(String text, String comment, int offset) {
            this(text, comment, offset, false);
        }
    }

    /** Languages whose blocks are files, not commands typed at a prompt. */
    private static final java.util.Set<String> NOT_SHELLS = java.util.Set.of("dockerfile", "docker-file", "yaml", "yml", "json",
            "jsonc", "javascript", "js", "typescript", "ts", "python", "py", "go", "golang", "java", "kotlin", "xml", "html",
            "css", "toml", "ini", "conf", "sql", "ruby", "rb", "php", "c", "cpp", "c++", "rust", "groovy", "hcl", "terraform",
            "nginx", "apache", "diff", "properties", "makefile", "make", "compose", "env", "dotenv", "csv", "markdown", "md");

    private static final java.util.regex.Pattern DIAGRAM = java.util.regex.Pattern.compile("-->|==>|<==|<--|<->|\\s->\\s|→|⇒");

    static boolean isCode(Node n) {
        return n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || codeOnly(n) != null;
    }

    /** The literal of a paragraph that is nothing but inline code (one span a line), or null. */
    static String codeOnly(Node n) {
        if (!(n instanceof org.commonmark.node.Paragraph p)) return null;
        StringBuilder sb = new StringBuilder();
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Code code) {
                sb.append(code.getLiteral()).append('\n');
            } else if (c instanceof org.commonmark.node.Text t && t.getLiteral().isBlank()
                    || c instanceof org.commonmark.node.SoftLineBreak || c instanceof org.commonmark.node.HardLineBreak) {
                continue;
            } else {
                return null;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Null when the node is not a code block or its language is not a shell. */
    static CodeLines of(Node n) {
        return ParseScope.derived(n, CodeLines.class, CodeLines::read);
    }

    private static CodeLines read(Node n) {
        String literal;
        if (n instanceof FencedCodeBlock f) {
            String info = f.getInfo() == null ? "" : f.getInfo().strip().toLowerCase(Locale.ROOT);
            if (NOT_SHELLS.contains(Strings.firstWord(info).replaceFirst("^\\{?\\.?", "").replaceFirst("}$", ""))) return null;
            literal = f.getLiteral();
        } else if (n instanceof IndentedCodeBlock c) {
            literal = c.getLiteral();
        } else if ((literal = codeOnly(n)) == null) {
            return null;
        }
        return parse(literal);
    }

    static CodeLines parse(String literal) {
        String[] lines = literal.split("\n", -1);
        boolean prompts = false;
        for (String l : lines) if (l.strip().startsWith("$ ")) prompts = true;
        List<Command> out = new ArrayList<>();
        int other = 0;
        Boolean first = null;
        String comment = "";
        boolean underComment = false;
        java.util.Set<Integer> trailing = new java.util.HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                comment = "";
                underComment = false;
                continue;
            }
            int offset = i;
            if (prompts) {
                if (!l.startsWith("$ ")) continue;
                l = l.substring(2).strip();
            } else if (l.startsWith("#") && !CommandWords.isCommand(l)) {
                comment = l.replaceFirst("^#+\\s*", "").strip();
                underComment = false;
                continue;
            }
            StringBuilder cmd = new StringBuilder(l);
            while (cmd.length() > 0 && cmd.charAt(cmd.length() - 1) == '\\' && i + 1 < lines.length) {
                cmd.setLength(cmd.length() - 1);
                cmd.append(' ').append(lines[++i].strip());
            }
            String text = InlineText.tidy(cmd.toString());
            String own = "";
            int hash = trailingComment(text);
            if (hash >= 0) {
                own = text.substring(hash + 1).replaceFirst("^#*\\s*", "").strip();
                text = text.substring(0, hash).strip();
                if (!own.isEmpty()) trailing.add(offset);
            }
            // "docker CLI --REST--> dockerd": a diagram of who talks to whom, not a command.
            boolean isCommand = CommandWords.isCommand(text) && !DIAGRAM.matcher(text).find();
            if (first == null) first = isCommand;
            if (isCommand) {
                boolean following = underComment && own.isEmpty();
                out.add(new Command(text, own.isEmpty() ? comment : own, offset, following));
                underComment = !comment.isEmpty() && own.isEmpty() || following;
            } else {
                other++;
            }
            comment = "";
        }
        // In a block whose commands carry their own trailing comments, a comment line covers one command only.
        if (out.stream().anyMatch(c -> !c.following() && trailing.contains(c.offset()))) {
            List<Command> single = new ArrayList<>();
            for (Command c : out) single.add(c.following() ? new Command(c.text(), "", c.offset(), false) : c);
            out = single;
        }
        return new CodeLines(out, other, first != null && first);
    }

    /** The index of a {@code #} that starts a comment after a command (after whitespace, outside quotes), or -1. */
    private static int trailingComment(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) single = !single;
            if (c == '"' && !single) dbl = !dbl;
            if (c == '#' && !single && !dbl && Character.isWhitespace(line.charAt(i - 1))) return i;
        }
        return -1;
    }

    /** Between 1 and {@code max} commands, the block opening with one; other lines are their output. */
    boolean fewCommands(int max) {
        return startsWithCommand && !commands.isEmpty() && commands.size() <= max;
    }

    String joined() {
        StringBuilder sb = new StringBuilder();
        for (Command c : commands) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(c.text());
        }
        return sb.toString();
    }
}
