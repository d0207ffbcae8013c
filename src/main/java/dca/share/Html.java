package dca.share;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little HTML dca writes into Anki fields and reads back from them. */
public final class Html {
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>|</(?:div|p|li)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Inline code as the notes write it; shown as code in Anki, read back as backticks. */
    private static final Pattern CODE = Pattern.compile("`([^`\n]+)`");
    private static final Pattern CODE_TAG = Pattern.compile("(?i)<code>(.*?)</code>", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

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
        String t = CODE_TAG.matcher(html).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
        t = BR.matcher(t).replaceAll("\n");
        t = TAG.matcher(t).replaceAll("");
        t = unescape(t);
        return t.replace('\u00a0', ' ').strip();
    }

    /** As Anki's sort field: tags removed without a trace, entities decoded. */
    public static String stripTags(String html) {
        return unescape(TAG.matcher(html == null ? "" : html).replaceAll("")).strip();
    }

    /** Backticks back from {@code <code>} (for text that is not passed through {@link #toText}). */
    public static String codeToBackticks(String html) {
        return CODE_TAG.matcher(html).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
    }

    public static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) r = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
            else if (e.startsWith("#")) r = codePoint(Integer.parseInt(e.substring(1)), m.group());
            else r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> m.group();
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String codePoint(int cp, String original) {
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : original;
    }
}
