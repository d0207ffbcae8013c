package dca.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dca.cli.run.Env;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

class ManPageTest {
    @TempDir
    Path dir;

    static CommandSpec model() {
        Env env = new Env(InputStream.nullInputStream(), new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream()), Map.of(), Path.of(""));
        return CommandLines.commandLine(env, null).getCommandSpec();
    }

    /** Every command, subcommand and option of the model is on the page: it cannot fall behind the code. */
    @Test
    void thePageHasEveryCommandAndOption() {
        String page = ManPage.render();
        assertTrue(page.startsWith(".\\\" The dca manual page"), page);
        assertTrue(page.contains("\n.TH DCA 1 "), page);
        check(page, model(), "dca");
        assertFalse(page.contains("__complete"), "the scripts' hidden command is not for people");
        for (String section : new String[] {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "FILES", "ENVIRONMENT", "EXIT STATUS"}) {
            assertTrue(page.contains("\n.SH " + section + "\n"), section);
        }
    }

    private static void check(String page, CommandSpec spec, String name) {
        if (spec.usageMessage().hidden()) return;
        if (!name.equals("dca")) assertTrue(page.contains("\n.SS \"" + ManPage.text(name) + "\"\n"), name);
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            assertTrue(page.contains(ManPage.text(o.longestName())), name + " " + o.longestName());
        }
        for (var e : spec.subcommands().entrySet()) check(page, e.getValue().getCommandSpec(), name + " " + e.getKey());
    }

    @Test
    void textIsEscapedForTroff() {
        assertEquals("\\&.md files", ManPage.text(".md files"));
        assertEquals("a\\ec \\-\\-x", ManPage.text("a\\c --x"));
        assertEquals("one\n\\&'two'", ManPage.text("one\n'two'"));
    }

    /** groff reads the page without a warning, and man shows it from a path (man ./dca.1). */
    @Test
    void manRendersItWithoutWarnings() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")) && Files.isExecutable(Path.of("/usr/bin/man")), "groff and man are not installed");
        Path file = dir.resolve("dca.1");
        ManPage.main(new String[] {file.toString()});
        Process groff = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-z", file.toString()).redirectErrorStream(true).start();
        String warnings = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(groff.waitFor(60, TimeUnit.SECONDS));
        assertEquals("", warnings);
        ProcessBuilder pb = new ProcessBuilder("man", "./dca.1").directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("MANPAGER", "cat");
        pb.environment().put("MANWIDTH", "80");
        Process man = pb.start();
        String shown = new String(man.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(man.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, man.exitValue(), shown);
        assertTrue(shown.contains("dca - study drill for the Docker Certified Associate exam"), shown);
        assertTrue(shown.contains("~/.local/share/dca/progress.json"), "paths are not hyphenated: " + shown);
        for (String line : shown.split("\n")) assertTrue(line.length() <= 80, line);
    }

    @Test
    void modelHasTheCompletionCommand() {
        CommandLine.Model.CommandSpec spec = model();
        assertTrue(spec.subcommands().containsKey("completion"));
        assertTrue(spec.subcommands().get("__complete").getCommandSpec().usageMessage().hidden());
    }
}
