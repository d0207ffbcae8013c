package dca.notes;

/**
 * The example code a sentence is about: the fenced code blocks (a Compose file, a Dockerfile, a
 * session) between the last heading before the sentence and the sentence. A name, path or port in
 * them is the example's own ("counter-net", "/src", 8080), not a fact about Docker to hide.
 */
final class ExampleCode {
    private static final int MAX_LINES_BACK = 80;

    private ExampleCode() {}

    /** The text of the fenced code in the section above {@code line}, "" when there is none. */
    static String near(Extraction x, int line) {
        // Asked for by more than one rule for each sentence: found once per file and line.
        return ParseScope.keyed(ExampleCode.class, java.util.List.of(x.lines(), line), k -> scan(x, line));
    }

    private static String scan(Extraction x, int line) {
        StringBuilder code = new StringBuilder();
        boolean fence = false;
        for (int i = Math.max(1, line - MAX_LINES_BACK); i < line; i++) {
            String l = x.line(i);
            String t = l.stripLeading();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fence = !fence;
            } else if (fence) {
                code.append(l).append('\n');
            } else if (t.startsWith("#") && (t.length() == 1 || t.charAt(1) == '#' || t.charAt(1) == ' ')) {
                code.setLength(0);
            }
        }
        return code.toString();
    }
}
