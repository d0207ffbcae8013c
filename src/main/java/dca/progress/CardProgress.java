package dca.progress;

import dca.srs.MemoryState;

/**
 * What the progress file keeps per card. The prompt is kept so that a reworded card can be matched
 * to its old progress and an orphan (card gone from the notes) can still be shown.
 */
public record CardProgress(String deck, String prompt, MemoryState memory) {}
