package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help pages and the errors for mistyped commands and options. */
class HelpAndUsageErrorsTest {
    @TempDir
    Path home;

    /** Every command and subcommand with a help page. */
    static final List<List<String>> COMMANDS = List.of(List.of(), List.of("decks"), List.of("show"), List.of("check"),
            List.of("build"), List.of("export"), List.of("import"), List.of("quiz"), List.of("review"), List.of("weak"),
            List.of("config"), List.of("config", "set"), List.of("config", "get"), List.of("config", "list"),
            List.of("config", "path"), List.of("exam"), List.of("stats"), List.of("completion"));

    CliHarness dca() {
        return new CliHarness(home);
    }

    @Test
    void aMistypedCommandSaysWhatWasMeant() {
        CliHarness.Result r = dca().run("qiuz", "chapter-5");
        assertEquals(2, r.code());
        assertEquals("dca: unknown command 'qiuz'; did you mean 'quiz'?\n  Run 'dca --help' for usage.\n", r.err());
        assertEquals("", r.out());
        r = dca().run("--notes", "x", "stast");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dca: unknown command 'stast'; did you mean 'stats'?\n"), r.err());
        r = dca().run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dca: unknown command 'frobnicate'; commands: decks, show, check,"), r.err());
        assertTrue(r.err().contains(", help\n"), r.err());
        r = dca().run("help", "qiuz");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dca: unknown command 'qiuz'; did you mean 'quiz'?"), r.err());
    }

    @Test
    void aMistypedOptionSaysWhatWasMeant() {
        CliHarness.Result r = dca().run("quiz", "--lmit", "3");
        assertEquals(2, r.code());
        assertEquals("dca: unknown option '--lmit'; did you mean '--limit'?\n  Run 'dca quiz --help' for usage.\n", r.err());
        r = dca().run("weak", "--lsit=3");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("dca: unknown option '--lsit'; did you mean '--list'"), r.err());
    }

    @Test
    void helpCommandIsTheSamePageAsTheHelpOption() {
        for (List<String> command : COMMANDS) {
            List<String> viaHelp = new ArrayList<>(List.of("help"));
            viaHelp.addAll(command);
            List<String> viaOption = new ArrayList<>(command);
            viaOption.add("--help");
            CliHarness.Result a = dca().run(viaHelp.toArray(String[]::new));
            CliHarness.Result b = dca().run(viaOption.toArray(String[]::new));
            assertEquals(0, a.code(), command + ": " + a.err());
            assertEquals(b.out(), a.out(), command.toString());
            assertTrue(a.out().startsWith("Usage: dca"), a.out());
        }
    }

    /** At any width: no line too long, no word or path broken across lines, the summary said once. */
    @Test
    void helpPagesFitTheWidthAndNeverBreakAWordOrAPath() {
        for (List<String> command : COMMANDS) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            String wide = dca().env("COLUMNS", "200").run(args.toArray(String[]::new)).out();
            Set<String> wideWords = new HashSet<>(Arrays.asList(wide.split("\\s+")));
            for (int width : new int[] {60, 80, 200}) {
                String page = dca().env("COLUMNS", Integer.toString(width)).run(args.toArray(String[]::new)).out();
                for (String line : page.split("\n")) {
                    assertTrue(line.length() <= width, command + " at " + width + ": " + line.length() + " columns: " + line);
                    assertFalse(line.endsWith("./") || line.endsWith("~/."),
                            command + " at " + width + ": a line ends inside a path: " + line);
                }
                for (String word : page.split("\\s+")) {
                    assertTrue(wideWords.contains(word), command + " at " + width + ": '" + word + "' is a piece of a word");
                }
                String[] paragraphs = page.split("\n\n");
                String description = paragraphs.length > 1 ? paragraphs[1].replace("\n", " ") : "";
                String first = description.contains(". ") ? description.substring(0, description.indexOf(". ") + 1) : description;
                assertEquals(page.replace("\n", " ").indexOf(first), page.replace("\n", " ").lastIndexOf(first),
                        command + ": the summary is said once: " + first);
            }
        }
        String root = dca().env("COLUMNS", "80").run("--help").out();
        assertTrue(root.contains("~/.local/share/dca/progress.json"), root);
        assertTrue(root.contains("./notes"), root);
    }
}
