package dca.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The zip of an Anki package ({@code .apkg}, {@code .colpkg}): checks the whole archive against
 * {@link ApkgLimits} and its entry names against path traversal before anything is inflated, then
 * inflates only the newest collection it holds into a file dca chose. No entry name ever becomes a
 * path. Media entries are never read.
 */
final class ApkgArchive {
    /** The collections a package may hold, newest first: Anki 2.1.50+ also writes a legacy stub beside the newest. */
    enum Collection {
        V21B("collection.anki21b", true),
        V21("collection.anki21", false),
        LEGACY("collection.anki2", false);

        final String entry;
        final boolean zstd;

        Collection(String entry, boolean zstd) {
            this.entry = entry;
            this.zstd = zstd;
        }
    }

    private ApkgArchive() {}

    /**
     * Inflates the package's newest collection into {@code target} (which must not exist yet).
     *
     * @param shown the file's name as errors show it
     */
    static Collection extract(Path apkg, String shown, Path target, ApkgLimits limits) throws ImportException {
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw bomb(shown, "it has " + zip.size() + " entries (dca reads packages of up to " + limits.maxEntries() + ")");
            }
            Map<String, ZipEntry> byName = new HashMap<>();
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (!safeName(name)) {
                    throw new ImportException(shown + " is not a safe Anki package: it holds the path \"" + name + "\"",
                            "an Anki package holds plain file names only; do not import this file");
                }
                if (byName.put(name, e) != null) {
                    throw new ImportException(shown + " holds the entry \"" + name + "\" twice", "export the deck from Anki again");
                }
                long size = e.getSize();
                if (size > 0) total += size;
                if (total > limits.maxTotalBytes()) {
                    throw bomb(shown, "its files add up to over " + mb(limits.maxTotalBytes()));
                }
            }
            for (Collection c : Collection.values()) {
                ZipEntry e = byName.get(c.entry);
                if (e == null) continue;
                if (e.getSize() > limits.maxCollectionBytes() && !c.zstd) throw tooLarge(shown, limits);
                copy(zip, e, c, target, shown, limits);
                return c;
            }
            throw new ImportException(shown + " is a zip file but not an Anki package (no collection.anki2, .anki21 or .anki21b)",
                    "in Anki use File > Export with the format Anki Deck Package (.apkg)");
        } catch (ZipException e) {
            throw new ImportException(shown + " is not a readable Anki package: " + e.getMessage(),
                    "the file is damaged or not a zip; export the deck from Anki again");
        } catch (IOException e) {
            throw new ImportException("cannot read " + shown + ": " + e.getMessage(), "check the file");
        }
    }

    private static void copy(ZipFile zip, ZipEntry e, Collection c, Path target, String shown, ApkgLimits limits)
            throws IOException, ImportException {
        long compressed = Math.max(1, e.getCompressedSize());
        try (InputStream raw = zip.getInputStream(e);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            InputStream in = c.zstd ? ZstdCollection.decompressing(raw) : raw;
            try (in) {
                byte[] buf = new byte[64 * 1024];
                long written = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    written += n;
                    if (written > limits.maxCollectionBytes()) throw tooLarge(shown, limits);
                    if (written > ApkgLimits.RATIO_FLOOR && written / compressed > limits.maxRatio()) {
                        throw bomb(shown, "its collection inflates more than " + limits.maxRatio() + " times");
                    }
                    out.write(buf, 0, n);
                }
            }
        } catch (ZipException ze) {
            throw new ImportException(shown + ": its " + c.entry + " is damaged: " + ze.getMessage(), "export the deck from Anki again");
        } catch (IOException io) {
            if (c.zstd) {
                throw new ImportException(shown + ": its " + c.entry + " is not valid zstd data (" + io.getMessage() + ")",
                        "export the deck from Anki again");
            }
            throw io;
        }
    }

    /** A plain relative name: no parent steps, no absolute or drive paths, no backslashes or control characters. */
    static boolean safeName(String name) {
        if (name.isEmpty() || name.length() > 255) return false;
        if (name.startsWith("/") || name.contains("\\") || name.matches("(?s)^[A-Za-z]:.*")) return false;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 0x20 || name.charAt(i) == 0x7f) return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) return false;
        }
        return true;
    }

    private static ImportException tooLarge(String shown, ApkgLimits limits) {
        return new ImportException(shown + ": its collection is over " + mb(limits.maxCollectionBytes())
                + "; dca imports collections up to that size", "export only the decks you want to share");
    }

    private static ImportException bomb(String shown, String why) {
        return new ImportException(shown + " is refused as a zip bomb: " + why, "do not import this file");
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
