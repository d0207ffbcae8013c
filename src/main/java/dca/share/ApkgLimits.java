package dca.share;

/**
 * How much of an Anki package dca is willing to read. A package is untrusted: a zip can claim
 * small sizes and inflate to gigabytes, hold millions of entries, or carry a huge database.
 * Shared decks with many images are large files, but dca reads only the collection, so the file
 * may be much larger than the collection.
 *
 * @param maxFileBytes       the package file itself
 * @param maxEntries         zip entries (media files are one entry each)
 * @param maxTotalBytes      the uncompressed sizes the zip declares, all entries together
 * @param maxCollectionBytes the collection database once inflated (and zstd-decompressed)
 * @param maxRatio           inflated / compressed size of the collection, once it is over 1 MB
 * @param maxNotes           notes in the collection
 * @param maxFieldChars      characters of one field's HTML; longer notes are skipped and counted
 */
public record ApkgLimits(long maxFileBytes, int maxEntries, long maxTotalBytes, long maxCollectionBytes,
                         int maxRatio, int maxNotes, int maxFieldChars) {
    public static final ApkgLimits DEFAULT = new ApkgLimits(256L << 20, 20_000, 1L << 30, 64L << 20, 100, 100_000, 100_000);

    /** Ratios of small collections do not count: a nearly empty SQLite file compresses very well. */
    static final long RATIO_FLOOR = 1L << 20;
}
