package dca.cli.commands;

import dca.cli.run.ExitCode;
import dca.cli.run.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code dca completion bash|zsh|fish}: the Tab-completion script for a shell. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a Tab-completion script for bash, zsh or fish.",
                "It completes commands and options, and asks dca at each Tab for deck names (from your notes) and",
                "setting names, so they are always current.",
                "",
                "bash: dca completion bash > ~/.local/share/bash-completion/completions/dca",
                "",
                "zsh: dca completion zsh > \"$${fpath[1]}/_dca\" (then restart zsh)",
                "",
                "fish: dca completion fish > ~/.config/fish/completions/dca.fish"})
final class CompletionCommand extends SubCommand implements Callable<Integer> {
    static final List<String> SHELLS = List.of("bash", "zsh", "fish");

    /** Shell names, for completing SHELL. */
    static final class Shells implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SHELLS.iterator();
        }
    }

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash, zsh or fish")
    String shell;

    @Override
    public Integer call() throws IOException {
        String s = shell.trim().toLowerCase(Locale.ROOT);
        if (!SHELLS.contains(s)) {
            throw Failure.usage("no completion for shell '" + shell + "'", "use one of: dca completion bash, zsh or fish");
        }
        try (InputStream in = CompletionCommand.class.getResourceAsStream("/dca/completion/dca." + s)) {
            if (in == null) throw new IOException("completion script for " + s + " missing from the jar");
            env().out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return ExitCode.OK;
    }

    /**
     * What the completion scripts call at each Tab: {@code dca __complete -- WORD… CURRENT} prints the
     * candidates for CURRENT, one a line. Hidden: it is for the scripts, not for people.
     */
    @Command(name = "__complete", hidden = true)
    static final class Candidates extends SubCommand implements Callable<Integer> {
        @Parameters(arity = "0..*", paramLabel = "WORD")
        List<String> words = new ArrayList<>();

        @Override
        public Integer call() {
            CommandLine all = CommandLines.commandLine(env(), null);
            List<String> before = words.isEmpty() ? List.of() : words.subList(0, words.size() - 1);
            String current = words.isEmpty() ? "" : words.get(words.size() - 1);
            for (String c : new Completions(all.getCommandSpec(), env(), root).complete(before, current)) env().out().println(c);
            return ExitCode.OK;
        }
    }
}
