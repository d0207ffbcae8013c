package dca.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a notes folder are read, in which order, and which are left out. */
class NotesFolderTest {
    @TempDir
    Path root;

    private void touch(String path) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "# " + f.getFileName() + "\n");
    }

    private List<String> names(List<Path> paths) {
        return paths.stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void filesBeforeSubfoldersInNaturalOrderAndOnlyMarkdown() throws IOException {
        for (String p : List.of("10-swarm.md", "2-docker.md", "notes.markdown", "a/01-x.md", "B/02-y.md", "a/sub/z.md",
                "diagram.png", "script.sh", "todo.txt")) {
            touch(p);
        }
        NotesFolder.Scan scan = NotesFolder.scan(root);
        assertEquals(List.of("2-docker.md", "10-swarm.md", "notes.markdown", "a/01-x.md", "a/sub/z.md", "B/02-y.md"), names(scan.files()));
        assertEquals(List.of(), scan.skipped());
    }

    @Test
    void repositoryPagesHiddenFoldersAndPackagesAreLeftOutWithAReason() throws IOException {
        for (String p : List.of("notes.md", "LICENSE.md", "CODE_OF_CONDUCT.md", "CHANGELOG.md", "SECURITY.md", "security.md",
                ".github/PULL_REQUEST_TEMPLATE.md", ".obsidian/workspace.md", "node_modules/pkg/readme.md", ".git/info.md",
                ".hidden.md")) {
            touch(p);
        }
        NotesFolder.Scan scan = NotesFolder.scan(root);
        // security.md is a normal name for notes on the security domain; SECURITY.md is GitHub's policy page.
        assertEquals(List.of("notes.md", "security.md"), names(scan.files()));
        assertEquals(List.of(
                "CHANGELOG.md: a repository page (changelog), not notes",
                "CODE_OF_CONDUCT.md: a repository page (code of conduct), not notes",
                "LICENSE.md: a repository page (license), not notes",
                "SECURITY.md: a security policy, not notes",
                ".github: GitHub issue and pull-request templates (.github), not notes",
                ".obsidian: a hidden folder (.obsidian), not notes",
                "node_modules: installed packages (node_modules), not notes"),
                scan.skipped().stream().map(s -> root.relativize(s.path()) + ": " + s.why()).toList());
    }

    @Test
    void aLinkBackIntoTheTreeIsReadOnce() throws IOException {
        touch("a/notes.md");
        try {
            Files.createSymbolicLink(root.resolve("a/loop"), root.resolve("a"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        assertEquals(List.of("a/notes.md"), names(NotesFolder.scan(root).files()));
    }
}
