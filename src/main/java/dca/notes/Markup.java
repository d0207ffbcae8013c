package dca.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Raw Markdown source of blocks, line by line, and the light clean-up that turns one such line into
 * card text the way {@link InlineText} would: emphasis marks dropped, inline code kept in backticks.
 * Question banks are read line by line because their options are lines ({@code A. …}), which the
 * Markdown tree folds into one paragraph.
 */
final class Markup {
    private static final Pattern MULTI_TICKS = Pattern.compile("`{2,}\\s*([^`]*?)\\s*`{2,}");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern CODE_TAG = Pattern.compile("(?i)</?code>");
    /** Only real formatting tags: "<username>" in a command is text. */
    private static final Pattern FORMAT_TAG = Pattern.compile("(?i)</?(b|i|u|em|strong|p|span|div|sub|sup|kbd|mark|small)(\\s[^>]*)?>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|])");
    private static final Pattern STAR_EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*]+?)(?<!\\s)\\*(?![\\w*])");

    private Markup() {}

    /** The source lines of a block, without the container prefixes (list markers, {@code >}) before it. */
    static List<String> lines(Node block, String[] source) {
        List<String> out = new ArrayList<>();
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans == null) return out;
        for (SourceSpan s : spans) {
            int i = s.getLineIndex();
            if (i < 0 || i >= source.length) continue;
            String line = source[i];
            int from = Math.min(Math.max(0, s.getColumnIndex()), line.length());
            int to = Math.min(line.length(), from + Math.max(0, s.getLength()));
            out.add(line.substring(from, to));
        }
        return out;
    }

    /** 0-based index of the block's first source line; -1 when unknown. */
    static int firstLine(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans == null || spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
    }

    /** 0-based index of the block's last source line; -1 when unknown. */
    static int lastLine(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans == null || spans.isEmpty() ? -1 : spans.get(spans.size() - 1).getLineIndex();
    }

    /** One line of Markdown as card text: {@code **bold**} and HTML tags dropped, {@code ```x```} as {@code `x`}. */
    static String plain(String markdown) {
        String t = MULTI_TICKS.matcher(markdown).replaceAll("`$1`");
        t = BR.matcher(t).replaceAll(" ");
        t = CODE_TAG.matcher(t).replaceAll("`");
        t = FORMAT_TAG.matcher(t).replaceAll("").replace("**", "").replace("__", "").replace("~~", "");
        t = ESCAPE.matcher(t).replaceAll("$1");
        t = STAR_EMPHASIS.matcher(t).replaceAll("$1");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return InlineText.tidy(t);
    }
}
