package dca.notes;

/**
 * What the rules share while one chapter is read: the sink that collects cards, the problems
 * {@code dca check} reports, the tag check, whether implicit rules are on for this file, whether the
 * chapter marks its own clozes (then no cloze is guessed from its plain sentences), the log
 * {@code check --explain} is built from, the file's lines as written (for what the tree loses), and
 * the file's question bank, which takes numbered questions with lettered options.
 */
record Extraction(CardSink sink, Problems problems, TagCheck tagCheck, boolean implicit, boolean authoredClozes,
                  ExtractionLog log, String[] lines, QuestionBank.Claim questionBank) {
    /** Line {@code number} (1-based) of the file as written, or "" when out of range. */
    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }
}
