package dca.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The launcher's training run for its class-data archive or AOT cache (never used otherwise): the
 * commands people start most, in one JVM, so the archive holds the classes of each of them and not
 * only of the first. All in the scratch directory given, against the bundled notes: a quiz with
 * one answer, a shared deck exported and imported, a review, stats and the deck list.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: Training SCRATCH_DIR");
        Path dir = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(dir);
        Map<String, String> vars = new HashMap<>();
        vars.put("HOME", dir.toString());
        vars.put("XDG_DATA_HOME", dir.resolve("data").toString());
        vars.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        vars.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        vars.put("DCA_PROGRESS", dir.resolve("progress.json").toString());
        vars.put("NO_COLOR", "1");
        String deck = dir.resolve("shared.json").toString();
        List<List<String>> runs = List.of(
                List.of("quiz", "chapter-5", "--plain"),
                List.of("quiz", "chapter-5", "--plain"),
                List.of("export", "chapter-3", "--format", "json", "-o", deck),
                List.of("import", deck, "--as", "shared-deck"),
                List.of("review", "--plain"),
                List.of("stats"),
                List.of("decks"));
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        for (List<String> run : runs) {
            ByteArrayInputStream answers = new ByteArrayInputStream("\n3\nq\n".getBytes(StandardCharsets.UTF_8));
            Main.run(run.toArray(String[]::new), answers, nowhere, nowhere, vars, dir);
        }
    }
}
