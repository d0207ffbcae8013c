package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.ExitCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path home;

    @Test
    void versionPrintsNameAndVersion() {
        CliHarness.Result r = new CliHarness(home).run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("dca "), r.out());
    }

    @Test
    void versionAloneIsAnsweredAsPicocliAnswersIt() {
        CliHarness h = new CliHarness(home);
        CliHarness.Result fast = h.run("--version");
        CliHarness.Result picocli = h.run("--debug", "--version"); // two arguments: through the full command line
        assertEquals(picocli.code(), fast.code());
        assertEquals(picocli.out(), fast.out());
        assertEquals(picocli.out(), h.run("-V").out());
        assertEquals(picocli.err(), fast.err());
    }

    @Test
    void unknownOptionIsUsageErrorWithoutStackTrace() {
        CliHarness.Result r = new CliHarness(home).run("--no-such-option");
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("dca: unknown option '--no-such-option'\n  Run 'dca --help' for usage.\n", r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void badDcaNowIsAUsageError() {
        CliHarness.Result r = new CliHarness(home).env("DCA_NOW", "tomorrow").run("--version");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("DCA_NOW"), r.err());
    }
}
