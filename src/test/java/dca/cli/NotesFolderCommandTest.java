package dca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dca.cli.run.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study group's repository laid out in folders, run through the real command line as a user would. */
class NotesFolderCommandTest {
    @TempDir
    Path home;

    private Path write(String path, String text) throws IOException {
        Path f = home.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private void repository() throws IOException {
        write("notes/README.md", "# Our notes\n\n- [Bridge networks](Networking/bridge.md)\n- [Volumes](Storage/volumes.md)\n");
        write("notes/CONTRIBUTING.md", "# Contributing\n\n- **Branches**: one per chapter\n");
        write("notes/Networking/bridge.md", "# Bridge networks\n\n- **docker0**: the Linux bridge of the default network\n");
        write("notes/Storage/volumes.md", "# Volumes\n\n- **Anonymous volume**: a volume without a name, removed with --rm\n");
        write("notes/.github/ISSUE_TEMPLATE/bug.md", "# Bug\n\n- **Steps**: what you did\n");
        write("notes/node_modules/some-package/README.md", "# Some package\n\n- **install**: npm install\n");
    }

    @Test
    void decksReadsEveryFolderAndTakesDomainsFromFolderNames() throws IOException {
        repository();
        CliHarness.Result r = new CliHarness(home).run("decks");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\nbridge-networks +- +Bridge networks +networking .*notes/Networking/bridge\\.md.*"), r.out() + r.err());
        assertTrue(r.out().matches("(?s).*\\nvolumes +- +Volumes +storage .*notes/Storage/volumes\\.md.*"), r.out() + r.err());
        assertTrue(r.out().contains("2 decks, 2 cards"), r.out());
        assertFalse(r.out().contains("Some package") || r.out().contains("Bug"), r.out());
        CliHarness.Result byDomain = new CliHarness(home).run("show", "networking");
        assertTrue(byDomain.out().contains("docker0"), byDomain.out());
    }

    @Test
    void checkListsWhatItSkippedAndWhy() throws IOException {
        repository();
        CliHarness.Result r = new CliHarness(home).run("check");
        assertEquals(0, r.code(), r.out());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("notes/README.md: skipped, an index of other pages, no notes of its own"), r.out());
        assertTrue(lines.contains("notes/CONTRIBUTING.md: skipped, a repository page (contributing), not notes"), r.out());
        assertTrue(lines.contains("notes/.github: skipped, GitHub issue and pull-request templates (.github), not notes"), r.out());
        assertTrue(lines.contains("notes/node_modules: skipped, installed packages (node_modules), not notes"), r.out());
        assertTrue(lines.contains("notes/Networking/bridge.md: 1 cards (bridge-networks 1)"), r.out());
        assertTrue(lines.contains("notes/Storage/volumes.md: 1 cards (volumes 1)"), r.out());
        assertTrue(r.out().endsWith("6 files, 2 cards, 0 problems, 4 skipped\n"), r.out());
    }

    @Test
    void oneFileThatIsNotUtf8CostsOnlyItsOwnDeck() throws IOException {
        write("notes/05-engine.md", "# The Docker Engine\n\n- **runc**: creates containers\n");
        Path bad = home.resolve("notes/06-images.md");
        Files.write(bad, new byte[] {'#', ' ', 'I', 'm', 'a', 'g', 'e', 's', '\n', '-', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        CliHarness.Result decks = new CliHarness(home).run("decks");
        assertEquals(0, decks.code(), decks.err());
        assertTrue(decks.out().contains("chapter-5"), decks.out());
        assertEquals(List.of("dca: skipped notes/06-images.md: not UTF-8 text (bad byte on line 2); its deck is unavailable"),
                decks.err().lines().toList());
        CliHarness.Result show = new CliHarness(home).run("show", "the-docker-engine");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("runc"), show.out());
        CliHarness.Result check = new CliHarness(home).run("check");
        assertEquals(ExitCode.CHECK_FAILED, check.code(), check.out());
        assertTrue(check.out().contains("notes/06-images.md: not UTF-8 text (bad byte on line 2); save it as UTF-8"), check.out());
        assertTrue(check.out().contains("2 files, 1 cards, 1 problem, 1 skipped"), check.out());
    }

    @Test
    void aFolderWithoutNotesSaysWhatItFoundInsteadOfListingNothing() throws IOException {
        write("repo/LICENSE.md", "MIT License\n");
        write("repo/links.md", "# Links\n\n- [Docs](https://docs.docker.com/)\n- [Hub](https://hub.docker.com/)\n");
        CliHarness.Result r = new CliHarness(home).run("decks", "--notes", home.resolve("repo").toString());
        assertEquals(ExitCode.USAGE, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("dca: no decks in "), r.err());
        assertTrue(r.err().contains("2 Markdown files, 2 skipped as not notes: repo/links.md (only links, no notes of its own), "
                + "repo/LICENSE.md (a repository page (license), not notes)"), r.err());
        assertTrue(r.err().contains("run dca check"), r.err());
        CliHarness.Result show = new CliHarness(home).run("show", "all", "--notes", home.resolve("repo").toString());
        assertEquals(ExitCode.USAGE, show.code(), show.out());
        CliHarness.Result empty = new CliHarness(home).run("decks", "--notes", Files.createDirectories(home.resolve("none")).toString());
        assertEquals(ExitCode.USAGE, empty.code());
        assertTrue(empty.err().contains("no Markdown files (.md, .markdown) in it"), empty.err());
    }

    @Test
    void dcaNotesAndTheNotesOptionReadSubfoldersToo() throws IOException {
        write("group/part-1/01-containers.md", "# Containers from 30,000 feet\n\n- **Container**: an isolated process sharing the host kernel\n");
        write("group/part-2/10-swarm.md", "# Docker Swarm\n\n- **Raft**: the consensus protocol of the managers\n");
        CliHarness.Result viaEnv = new CliHarness(home).env("DCA_NOTES", home.resolve("group").toString()).run("decks");
        assertEquals(0, viaEnv.code(), viaEnv.err());
        assertTrue(viaEnv.out().contains("chapter-1") && viaEnv.out().contains("chapter-10"), viaEnv.out());
        CliHarness.Result viaOption = new CliHarness(home).run("show", "10", "--notes", home.resolve("group").toString());
        assertEquals(0, viaOption.code(), viaOption.err());
        assertTrue(viaOption.out().contains("group/part-2/10-swarm.md:3"), viaOption.out());
    }

    @Test
    void twoFilesForOneChapterBothShowInDecksAndExport() throws IOException {
        write("notes/05-engine.md", "# The Docker Engine\n\n- **containerd**: manages container lifecycles\n");
        write("notes/branch/05-engine.md", "# The Docker Engine\n\n- **shim**: keeps stdio open for a container\n");
        CliHarness.Result decks = new CliHarness(home).run("decks");
        assertTrue(decks.out().contains("chapter-5 ") && decks.out().contains("chapter-5-2 "), decks.out());
        CliHarness.Result second = new CliHarness(home).run("show", "chapter-5-2");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("shim") && !second.out().contains("containerd"), second.out());
        CliHarness.Result build = new CliHarness(home).run("build");
        assertEquals(0, build.code(), build.err());
        assertTrue(Files.exists(home.resolve("decks/chapter-5.json")) && Files.exists(home.resolve("decks/chapter-5-2.json")), build.out());
    }

    @Test
    void aFileOfTheFolderNamedOnItsOwnKeepsItsDeckAndIds() throws IOException {
        write("notes/Networking/README.md", "- **docker0**: the bridge of the default network\n");
        write("notes/Security/secrets.md", "# Secrets\n\n- **/run/secrets**: where a service's secrets are mounted\n");
        CliHarness dca = new CliHarness(home);
        CliHarness.Result byFile = dca.run("show", "notes/Networking/README.md", "--json");
        CliHarness.Result byName = dca.run("show", "networking-notes", "--json");
        assertEquals(0, byFile.code(), byFile.err());
        assertEquals(byName.out(), byFile.out());
        assertTrue(byFile.out().contains("\"domains\" : [ \"networking\" ]"), byFile.out());
    }
}
