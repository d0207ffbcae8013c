package dca.progress;

import dca.io.AtomicWrite;
import dca.io.Utf8;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings file, {@code ${XDG_CONFIG_HOME:-~/.config}/dca/config}: small, commented and
 * hand-editable, one {@code key = value} a line, {@code #} starts a comment. Kept apart from the
 * progress file so that another progress file ({@code --progress other.json}) keeps the same
 * settings. A value out of its range is an error naming the file, line, key and range (exit 3);
 * an unknown key is a warning, so a file written by a later dca still loads.
 */
public final class SettingsFile {
    /** The settings a file gives, and warnings about lines that were ignored. */
    public record Loaded(Settings settings, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private static final String HEADER = """
            # dca settings: one KEY = VALUE a line; a line starting with # is a comment.
            # Edit this file by hand, or with: dca config set KEY VALUE (dca config list shows them all).
            """;

    private SettingsFile() {}

    /** The settings in {@code file}; empty when there is no such file. */
    public static Optional<Loaded> read(Path file) throws ProgressException {
        return read(file, null);
    }

    /**
     * As {@link #read(Path)}, leaving out the lines of {@code skip} (the key about to be set, so that
     * {@code dca config set} can fix a bad value of it).
     */
    public static Optional<Loaded> read(Path file, SettingKey skip) throws ProgressException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ProgressException("cannot read settings file " + file + ": " + ProgressException.reason(e),
                    "check that " + file.getParent() + " is a directory you may read (or set XDG_CONFIG_HOME), or move the file away"
                            + " to use the default settings", e);
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ProgressException("settings file " + file + ":" + Utf8.firstBadLine(bytes) + " is not UTF-8 text",
                    "save it as UTF-8, or set each value again with dca config set KEY VALUE");
        }
        Settings s = Settings.defaults();
        List<String> warnings = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Entry e = Entry.parse(lines[i]);
            if (e == null) continue;
            String where = file + ":" + (i + 1);
            if (e.key == null) {
                throw new ProgressException("settings file " + where + ": not a setting: '" + FormatErrorText.clip(lines[i].strip()) + "'",
                        "write KEY = VALUE (e.g. new-per-day = 20), or fix it with dca config set KEY VALUE; keys: "
                                + String.join(", ", SettingKey.labels()));
            }
            Optional<SettingKey> key = SettingKey.find(e.key);
            if (key.isEmpty()) {
                warnings.add(where + ": unknown setting '" + FormatErrorText.clip(e.key) + "' ignored; settings are: "
                        + String.join(", ", SettingKey.labels()));
                continue;
            }
            if (key.get() == skip) continue;
            try {
                s = key.get().apply(s, e.value);
            } catch (SettingKey.BadValue bad) {
                SettingKey k = key.get();
                throw new ProgressException("settings file " + where + ": " + k.label() + " = " + FormatErrorText.clip(e.value.strip())
                        + " is not allowed (" + k.allowed() + ")",
                        "expected " + bad.expected() + "; fix it with: dca config " + (k.settable() ? "set " + k.label() + " "
                                + k.write(Settings.defaults()) : "reset " + k.label()) + " (or edit " + file + ")");
            }
        }
        return Optional.of(new Loaded(s, warnings));
    }

    /** Writes every setting, each with its comment (a new file, or one being rewritten whole). */
    public static void write(Path file, Settings s) throws ProgressException {
        StringBuilder b = new StringBuilder(HEADER);
        for (SettingKey k : SettingKey.values()) block(b, k, s);
        save(file, b.toString());
    }

    /**
     * Sets one key in the file, keeping every other line as the user left it: the key's line gets
     * the new value (later lines setting it again are dropped), or the key is added at the end.
     * Without a file, one is written with every setting of {@code current}.
     */
    public static void set(Path file, SettingKey key, Settings current) throws ProgressException {
        List<String> lines;
        try {
            lines = new ArrayList<>(List.of(Utf8.decode(Files.readAllBytes(file)).split("\r?\n", -1)));
        } catch (NoSuchFileException e) {
            write(file, current);
            return;
        } catch (IOException e) {
            throw new ProgressException("cannot read settings file " + file + ": " + ProgressException.reason(e),
                    "check its permissions, or move it away to use the default settings", e);
        }
        boolean done = false;
        for (int i = 0; i < lines.size(); i++) {
            Entry e = Entry.parse(lines.get(i));
            if (e == null || e.key == null || SettingKey.find(e.key).orElse(null) != key) continue;
            if (done) {
                lines.remove(i--);
            } else {
                lines.set(i, key.label() + " = " + key.write(current) + e.comment);
                done = true;
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
        StringBuilder b = new StringBuilder(String.join("\n", lines)).append('\n');
        if (!done) block(b, key, current);
        save(file, b.toString());
    }

    /**
     * The migration of a progress file that still holds settings (dca before the settings file):
     * they become the settings file unless there is one already, which then wins.
     */
    public static ProgressStore.SettingsMigration migrationTo(Path file, List<String> notes) {
        return (found, progressFile, backup) -> {
            if (Files.exists(file)) {
                notes.add("settings are read from " + file + "; the old ones in " + progressFile + " are kept in " + backup);
                return;
            }
            write(file, found);
            notes.add("settings moved from " + progressFile + " to " + file + " (a copy of the old file: " + backup + ")");
        };
    }

    private static void block(StringBuilder b, SettingKey k, Settings s) {
        b.append('\n').append("# ").append(k.purpose()).append(" Values: ").append(k.allowed()).append('\n');
        b.append(k.label()).append(" = ").append(k.write(s)).append('\n');
    }

    private static void save(Path file, String text) throws ProgressException {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            AtomicWrite.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ProgressException("cannot write settings file " + file + ": " + ProgressException.reason(e),
                    "make " + (file.getParent() == null ? "its directory" : file.getParent()) + " writable, or set XDG_CONFIG_HOME", e);
        }
    }

    /** One line of the file: a setting with its trailing comment, a line that is not one (key null), or null for a comment or blank. */
    private record Entry(String key, String value, String comment) {
        static Entry parse(String line) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) return null;
            String comment = "";
            int hash = t.indexOf(" #");
            if (hash >= 0) {
                comment = "  " + t.substring(hash + 1).strip();
                t = t.substring(0, hash).strip();
            }
            int eq = t.indexOf('=');
            int colon = t.indexOf(':');
            int at = eq >= 0 ? eq : colon; // "key: value" too, as people write by habit
            if (at <= 0) return new Entry(null, t, comment);
            return new Entry(t.substring(0, at).strip(), t.substring(at + 1).strip(), comment);
        }
    }

    /** File text quoted in a message: one inert line, capped. */
    private static final class FormatErrorText {
        static String clip(String s) {
            return ProgressJson.FormatError.visible(s.length() > 60 ? s.substring(0, 60) + "…" : s);
        }
    }
}
