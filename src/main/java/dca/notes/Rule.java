package dca.notes;

/**
 * One shape of notes that makes cards. Given a block and where it sits, a rule either claims it
 * (making its cards through {@link Extraction#sink()}, possibly none), passes, or passes with the
 * reason it nearly matched, which {@code dca check --explain} shows for lines that made no card.
 * Rules are tried in the order of {@link Rules}; the first that claims a block wins.
 */
interface Rule {
    /** The name {@code check --explain} prints and the golden cases are named after. */
    String name();

    Outcome apply(Block block, Extraction x);

    /** Explicit syntax works everywhere; implicit rules are off in files with {@code implicit: false}. */
    default boolean implicit() {
        return true;
    }
}
