package dca.cli.commands;

import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * {@code dca} with no arguments: a prompt that runs dca commands, completes commands, options and
 * deck names (read from the notes at completion time), and keeps its history under the state dir.
 */
final class DcaShell {
    static final String PROMPT = "dca> ";

    private final Env env;
    private final Terminal terminal;
    private final DcaCommand root;
    private final CommandLine cli;
    private final LineReader reader;

    DcaShell(Env env, Terminal terminal, boolean debug) {
        this(env, terminal, debug, null);
    }

    /** {@code parent}: the command line that opened the shell; its --notes, --progress and --plain stay the defaults. */
    DcaShell(Env env, Terminal terminal, boolean debug, DcaCommand parent) {
        this.env = env;
        this.terminal = terminal;
        this.root = new DcaCommand(env);
        root.terminal(terminal);
        this.cli = DcaCommand.addSubcommands(new CommandLine(root, new Factory(root)), null);
        CommandLines.configure(cli, env, debug);
        if (parent != null) {
            cli.setDefaultValueProvider(arg -> {
                if (!(arg instanceof CommandLine.Model.OptionSpec o)) return null;
                return switch (o.longestName()) {
                    case "--notes" -> parent.notes();
                    case "--progress" -> parent.progress();
                    default -> null;
                };
            });
        }
        Path history = env.stateDir().resolve("history");
        Completions completions = new Completions(cli.getCommandSpec(), env, parent == null ? root : parent);
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("dca")
                .completer((r, line, candidates) -> complete(completions, line, candidates))
                .parser(new DefaultParser())
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .build();
    }

    /** Opens the shell on this process's terminal. */
    static int open(DcaCommand parent) {
        try (Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true).name("dca").build()) {
            return new DcaShell(parent.env(), t, parent.debug(), parent).run();
        } catch (IOException e) {
            throw new Failure(ExitCode.USAGE, "cannot open the terminal: " + e.getMessage(),
                    "run a command directly, e.g. dca quiz chapter-5");
        }
    }

    LineReader reader() { return reader; }

    /** The same candidates as Tab in bash, zsh or fish, in their order (chapter-2 before chapter-10). */
    private static void complete(Completions completions, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int first = !words.isEmpty() && words.get(0).equals("dca") ? 1 : 0;
        if (line.wordIndex() < first) return;
        List<String> before = words.subList(first, line.wordIndex());
        String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        int order = 0;
        for (String c : completions.complete(before, current)) {
            candidates.add(new Candidate(c, c, null, null, null, null, true, order++));
        }
    }

    int run() {
        terminal.writer().println("dca shell — Tab completes commands and decks, 'help' lists commands, 'exit' or Ctrl-D leaves.");
        terminal.writer().flush();
        try {
            Files.createDirectories(env.stateDir());
        } catch (IOException e) {
            // History then lives only in memory; the shell still works.
        }
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            List<String> words = reader.getParsedLine().words().stream().filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) continue;
            if (words.size() == 1 && (words.get(0).equals("exit") || words.get(0).equals("quit"))) break;
            if (words.get(0).equals("dca")) words = words.subList(1, words.size());
            if (words.size() == 1 && words.get(0).equals("help")) {
                cli.usage(env.out());
                continue;
            }
            cli.execute(CommandNames.helpAsOption(words.toArray(String[]::new))); // help CMD is CMD --help here too
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // Losing history is not worth an error at exit.
        }
        return ExitCode.OK;
    }

    /** Every command of the shell shares its root (its terminal and defaults); everything else is built as picocli does. */
    private static final class Factory implements CommandLine.IFactory {
        private final DcaCommand root;

        Factory(DcaCommand root) {
            this.root = root;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == DcaCommand.class) return cls.cast(root);
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
