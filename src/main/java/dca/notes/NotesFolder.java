package dca.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Markdown files of a notes folder, read the way study groups lay out their repositories: every
 * {@code .md} and {@code .markdown} file below it, in a stable order (a folder's own files, then its
 * subfolders, both in natural order so {@code 2-…} comes before {@code 10-…}), leaving out hidden
 * folders, {@code node_modules} and the repository pages that are never study notes (licence, code of
 * conduct, contributing guide, issue templates…), which are reported as skipped.
 */
final class NotesFolder {
    /** Deep enough for any notes repository; guards against absurd trees. */
    private static final int MAX_DEPTH = 24;

    /**
     * Repository files GitHub and common tooling give special meaning to. {@code SECURITY.md} only in
     * capitals: {@code security.md} is a normal name for notes on the security domain.
     */
    private static final Pattern NOT_NOTES = Pattern.compile(
            "(?i)(code[-_ ]?of[-_ ]?conduct|contributing|contributors|licen[cs]e|changelog|maintainers|authors"
                    + "|codeowners|pull[-_ ]request[-_ ]template|issue[-_ ]template|funding|disclaimer)(\\.(md|markdown))?");
    private static final Pattern SECURITY_POLICY = Pattern.compile("SECURITY(\\.(md|markdown))?");

    /** A file that was left out, and why (shown by {@code dca check}). */
    record Skipped(Path path, String why) {}

    /** What a notes folder holds: the files to read and the ones left out. */
    record Scan(List<Path> files, List<Skipped> skipped) {}

    private NotesFolder() {}

    static boolean isMarkdown(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /** Why a file is never study notes by its name alone; null when it may be notes. */
    static String notNotesByName(String fileName) {
        if (SECURITY_POLICY.matcher(fileName).matches()) return "a security policy, not notes";
        if (NOT_NOTES.matcher(fileName).matches()) {
            String stem = fileName.replaceFirst("(?i)\\.(md|markdown|txt)$", "").toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
            return "a repository page (" + stem + "), not notes";
        }
        return null;
    }

    /** A directory scanned recursively, or one file (read whatever its name). */
    static Scan scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            if (!Files.exists(root)) throw new java.nio.file.NoSuchFileException(root.toString());
            return new Scan(List.of(root), List.of());
        }
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        walk(root, 0, files, skipped, new HashSet<>());
        return new Scan(List.copyOf(files), List.copyOf(skipped));
    }

    private static void walk(Path dir, int depth, List<Path> files, List<Skipped> skipped, Set<Path> seen) throws IOException {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            return;
        }
        if (!seen.add(real)) return; // a symbolic link back into the tree
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = new ArrayList<>(s.toList());
        }
        entries.sort(NotesFolder::byName);
        List<Path> dirs = new ArrayList<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                dirs.add(p);
            } else if (isMarkdown(p) && Files.isRegularFile(p)) {
                if (name.startsWith(".")) continue;
                String why = notNotesByName(name);
                if (why != null) skipped.add(new Skipped(p, why));
                else files.add(p);
            }
        }
        for (Path d : dirs) {
            String name = d.getFileName().toString();
            if (name.startsWith(".") || name.equals("node_modules")) {
                if (!name.equals(".git") && holdsMarkdown(d)) {
                    String why = name.equals(".github") ? "GitHub issue and pull-request templates (.github), not notes"
                            : name.startsWith(".") ? "a hidden folder (" + name + "), not notes"
                            : "installed packages (node_modules), not notes";
                    skipped.add(new Skipped(d, why));
                }
                continue;
            }
            if (depth + 1 < MAX_DEPTH) walk(d, depth + 1, files, skipped, seen);
        }
    }

    /** Natural order of names without their extension first, so {@code 05-engine.md} comes before {@code 05-engine-lab.md}. */
    static int byName(Path a, Path b) {
        String x = a.getFileName().toString();
        String y = b.getFileName().toString();
        int c = NaturalOrder.compare(x.replaceFirst("\\.[^.]*$", ""), y.replaceFirst("\\.[^.]*$", ""));
        return c != 0 ? c : NaturalOrder.compare(x, y);
    }

    /** Only to say so when a skipped folder held Markdown; shallow, so a big node_modules costs little. */
    private static boolean holdsMarkdown(Path dir) {
        try (Stream<Path> s = Files.walk(dir, 3)) {
            return s.anyMatch(p -> isMarkdown(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
