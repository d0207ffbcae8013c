package dca.share;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The little HTML dca writes into Anki fields, and reading HTML back from fields: jsoup parses it
 * as a browser would (every named entity, tags that are not closed), so an Anki deck from anyone
 * reads back as the text it shows.
 */
public final class Html {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Inline code as the notes write it; shown as code in Anki, read back as backticks. */
    private static final Pattern CODE = Pattern.compile("`([^`\n]+)`");
    private static final Pattern CODE_TAG = Pattern.compile("(?i)<code>(.*?)</code>", Pattern.DOTALL);
    /** Elements that end a line of text. */
    private static final Set<String> BLOCKS = Set.of("div", "p", "li");

    private Html() {}

    /**
     * Escapes text for an HTML field: markup characters as entities, newlines and tabs as
     * {@code <br>}, {@code `code`} as {@code <code>code</code>}.
     */
    public static String escape(String text) {
        return CODE.matcher(escapeOnly(text)).replaceAll("<code>$1</code>");
    }

    /** Escapes markup characters, newlines and tabs only. */
    public static String escapeOnly(String text) {
        String t = CleanText.clean(text == null ? "" : text);
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n', '\t' -> sb.append("<br>");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Plain text of a field: {@code <br>} and block ends become newlines, other tags go, entities are decoded. */
    public static String toText(String html) {
        if (html == null) return "";
        StringBuilder text = new StringBuilder(html.length());
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) text.append(t.getWholeText());
                else if (node instanceof Element e && e.normalName().equals("br")) text.append('\n');
                else if (node instanceof Element e && e.normalName().equals("code")) text.append('`');
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("code")) text.append('`');
                else if (node instanceof Element e && BLOCKS.contains(e.normalName())) text.append('\n');
            }
        });
        return text.toString().replace('\u00a0', ' ').strip();
    }

    /** As Anki's sort field: tags removed without a trace, entities decoded. */
    public static String stripTags(String html) {
        return unescape(TAG.matcher(html == null ? "" : html).replaceAll("")).strip();
    }

    /** Backticks back from {@code <code>} (for text that is not passed through {@link #toText}). */
    public static String codeToBackticks(String html) {
        return CODE_TAG.matcher(html).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
    }

    /** Decodes every HTML entity, named or numeric, as a browser does; a non-breaking space becomes a space. */
    public static String unescape(String s) {
        return Parser.unescapeEntities(s, false).replace('\u00a0', ' ');
    }
}
