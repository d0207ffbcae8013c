package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NO_COLOR as a user sets it: in the environment of a full-screen drill on a colour terminal.
 * The same session without it must be coloured, or the first test would prove nothing.
 */
class NoColorTest {
    /** An SGR sequence that sets something (not a plain reset). */
    private static final Pattern STYLE = Pattern.compile("\u001b\\[[0-9;]*[1-9][0-9;]*m");

    @TempDir
    Path home;

    private String drill(boolean noColor) throws Exception {
        Path notes = home.resolve("notes");
        Files.createDirectories(notes);
        try (InputStream in = getClass().getResourceAsStream("/drill/05-the-docker-engine.md")) {
            Files.copy(in, notes.resolve("05-the-docker-engine.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        byte[] keys = " 3 4q".getBytes(StandardCharsets.UTF_8);
        CliHarness dca = new CliHarness(home).env("DCA_NOW", "2026-12-01T09:00:00Z").env("DCA_NOTES", notes.toString())
                .env("DCA_PROGRESS", home.resolve(noColor + ".json").toString()).env("TERM", "xterm-256color");
        if (!noColor) dca.unset("NO_COLOR");
        try (Terminal t = new ExternalTerminal("test", "xterm-256color", new ByteArrayInputStream(keys), screen, StandardCharsets.UTF_8)) {
            t.setSize(new Size(80, 24));
            CliHarness.Result r = dca.terminal(t).run("quiz", "chapter-5");
            assertEquals(0, r.code(), r.err());
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noColorInTheEnvironmentTurnsColourOff() throws Exception {
        String screen = drill(true);
        assertTrue(screen.contains("containerd"), screen);
        assertFalse(STYLE.matcher(screen).find(), "styled output under NO_COLOR: " + screen.replace("\u001b", "ESC"));
    }

    @Test
    void withoutItTheSameDrillIsColoured() throws Exception {
        String screen = drill(false);
        assertTrue(screen.contains("containerd"), screen);
        assertTrue(STYLE.matcher(screen).find(), "no colour without NO_COLOR: " + screen.replace("\u001b", "ESC"));
    }
}
