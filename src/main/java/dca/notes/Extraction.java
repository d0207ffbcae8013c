package dca.notes;

/**
 * What the rules share while one chapter is read: the sink that collects cards, the problems
 * {@code dca check} reports, the tag check, whether implicit rules are on for this file, whether the
 * chapter marks its own clozes (then no cloze is guessed from its plain sentences), and the log
 * {@code check --explain} is built from.
 */
record Extraction(CardSink sink, Problems problems, TagCheck tagCheck, boolean implicit, boolean authoredClozes,
                  ExtractionLog log) {}
