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
record CodeLines(List<Command> commands, int otherLines) {
    record Command(String text, String comment, int offset) {}

    private static final java.util.Set<String> SHELLS = java.util.Set.of("", "sh", "bash", "shell", "console", "zsh",
            "shell-session", "terminal", "cmd", "powershell", "ps", "ps1", "pwsh", "bat", "text", "plain", "none", "c#", "cs",
            "docker", "cli", "command", "commands");

    static boolean isCode(Node n) {
        return n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock;
    }

    /** Null when the node is not a code block or its language is not a shell. */
    static CodeLines of(Node n) {
        String literal;
        if (n instanceof FencedCodeBlock f) {
            String info = f.getInfo() == null ? "" : f.getInfo().strip().toLowerCase(Locale.ROOT);
            if (!SHELLS.contains(Strings.firstWord(info))) return null;
            literal = f.getLiteral();
        } else if (n instanceof IndentedCodeBlock c) {
            literal = c.getLiteral();
        } else {
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
        String comment = "";
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                comment = "";
                continue;
            }
            int offset = i;
            if (prompts) {
                if (!l.startsWith("$ ")) continue;
                l = l.substring(2).strip();
            } else if (l.startsWith("#") && !CommandWords.isCommand(l)) {
                comment = l.replaceFirst("^#+\\s*", "").strip();
                continue;
            }
            StringBuilder cmd = new StringBuilder(l);
            while (cmd.length() > 0 && cmd.charAt(cmd.length() - 1) == '\\' && i + 1 < lines.length) {
                cmd.setLength(cmd.length() - 1);
                cmd.append(' ').append(lines[++i].strip());
            }
            String text = InlineText.tidy(cmd.toString());
            String trailing = "";
            int hash = trailingComment(text);
            if (hash >= 0) {
                trailing = text.substring(hash + 1).replaceFirst("^#*\\s*", "").strip();
                text = text.substring(0, hash).strip();
            }
            if (CommandWords.isCommand(text)) {
                out.add(new Command(text, trailing.isEmpty() ? comment : trailing, offset));
            } else {
                other++;
            }
            comment = "";
        }
        return new CodeLines(out, other);
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

    /** Every line is a command, and there are between 1 and {@code max} of them. */
    boolean onlyCommands(int max) {
        return otherLines == 0 && !commands.isEmpty() && commands.size() <= max;
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
