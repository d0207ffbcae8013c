package dca.share;

import java.util.regex.Pattern;

/**
 * Whether a Markdown file is a dca deck: it holds dca's explicit card syntax outside code. Any
 * Markdown file (a README, meeting notes) would give the notes parser a few implicit cards; an
 * import takes only files written as cards, such as {@code dca export --format md} writes.
 */
final class MarkdownSyntax {
    private static final Pattern FENCE = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    /** Each at the start of a line, as dca writes them: an indented line is code in Markdown (and in READMEs). */
    private static final Pattern EXPLICIT = Pattern.compile("(?m)^ {0,3}(?:" + String.join("|",
            "[QC]:\\s+\\S",                              // Q: … / C: … paragraphs
            "[-*+]\\s+\\[[xX]]\\s+\\S",                  // a right option of a choice question
            "<!--\\s*id:",                                 // a pinned card id
            "(?i:<details>\\s*<summary>)",                 // a question with a hidden answer
            "(?:[-*+]\\s+)?[^\\s:][^\\n]*?\\s:{2,3}\\s+\\S") + ")"); // term :: definition

    private MarkdownSyntax() {}

    static boolean hasExplicitCards(String text) {
        String outside = INLINE_CODE.matcher(FENCE.matcher(text).replaceAll("")).replaceAll("");
        return EXPLICIT.matcher(outside).find();
    }
}
