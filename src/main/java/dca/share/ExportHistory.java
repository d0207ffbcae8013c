package dca.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * When each exported Anki note (and note type and deck) last changed, with a hash of what it held
 * then. Anki's importer replaces a note it has only when the incoming note's {@code mod} is newer,
 * and then replaces the user's edits and tags too; so a note keeps the {@code mod} of the export
 * that last changed it, and only a changed note gets the export time. Without its history (a new
 * machine, a deleted file) every note counts as changed once.
 *
 * <p>The file is small JSON, {@code {"format":"dca-anki-export","version":1,"items":{"<key>":
 * {"hash":"…","mod":…}}}}, rewritten atomically; an unreadable file is treated as no history.
 */
public final class ExportHistory {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT = "dca-anki-export";

    private record Entry(String hash, long mod) {}

    private final Map<String, Entry> items = new TreeMap<>();
    private boolean changed;

    private ExportHistory() {}

    /** A history that starts empty; what one export records in it is kept in memory only. */
    public static ExportHistory empty() {
        return new ExportHistory();
    }

    /** The history in {@code file}; a missing or unreadable file gives an empty history. */
    public static ExportHistory load(Path file) {
        ExportHistory h = new ExportHistory();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > DeckImporter.MAX_BYTES * 4) return h;
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != 1) return h;
            Iterator<Map.Entry<String, JsonNode>> it = root.path("items").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v.path("hash").isTextual() && v.path("mod").canConvertToLong()) {
                    h.items.put(e.getKey(), new Entry(v.path("hash").asText(), v.path("mod").asLong()));
                }
            }
        } catch (IOException | RuntimeException e) {
            h.items.clear();
        }
        return h;
    }

    /**
     * The {@code mod} (seconds) to export an item with: the one it was last exported with while its
     * content is unchanged, else now, and always later than the mod it had before.
     *
     * @param key     stable identity, e.g. the note's guid
     * @param content everything of the item that Anki would store
     */
    public long mod(String key, String content, long nowSeconds) {
        String hash = hash(content);
        Entry old = items.get(key);
        if (old != null && old.hash().equals(hash)) return old.mod();
        long mod = old == null ? nowSeconds : Math.max(nowSeconds, old.mod() + 1);
        items.put(key, new Entry(hash, mod));
        changed = true;
        return mod;
    }

    /** True when an export recorded something new since this history was loaded. */
    public boolean changed() {
        return changed;
    }

    /** Writes the history beside {@code file} and renames it into place. */
    public void save(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ObjectNode all = root.putObject("items");
        items.forEach((k, e) -> all.putObject(k).put("hash", e.hash()).put("mod", e.mod()));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        dca.io.AtomicWrite.write(file, out -> out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root)));
        changed = false;
    }

    static String hash(String content) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
