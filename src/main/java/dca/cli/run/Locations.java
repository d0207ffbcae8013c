package dca.cli.run;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files a run reads and writes (DESIGN §3, §5): notes from {@code --notes}, {@code $DCA_NOTES},
 * {@code ./notes}, else the bundled ones; progress from {@code --progress}, {@code $DCA_PROGRESS},
 * else {@code $XDG_DATA_HOME/dca/progress.json}; settings from {@code $XDG_CONFIG_HOME/dca/config}.
 */
public final class Locations {
    private Locations() {}

    /** The notes path this run reads, or null for the bundled notes. */
    public static Path notes(GlobalOptions root) {
        Env env = root.env();
        if (root.notes() != null) return env.path(root.notes());
        String var = env.var("DCA_NOTES");
        if (var != null) return env.path(var);
        Path local = env.cwd().resolve("notes");
        return Files.isDirectory(local) ? local : null;
    }

    /**
     * When each exported Anki note last changed ({@code $XDG_DATA_HOME/dca/anki-export.json}), so that
     * a second export leaves unchanged notes, and the user's edits to them in Anki, alone.
     */
    public static Path ankiHistory(GlobalOptions root) {
        return root.env().dataDir().resolve("anki-export.json");
    }

    public static Path progress(GlobalOptions root) {
        Env env = root.env();
        if (root.progress() != null) return env.path(root.progress());
        String var = env.var("DCA_PROGRESS");
        if (var != null) return env.path(var);
        return env.dataDir().resolve("progress.json");
    }

    /** The settings file: the same whichever progress file a run uses. */
    public static Path settings(GlobalOptions root) {
        return root.env().configDir().resolve("config");
    }
}
