package dca.share;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of an Anki field, which is HTML written by Anki's editor, by add-ons or by hand:
 * jsoup parses it as a browser would; {@code <br>} and block elements become line breaks, other
 * whitespace collapses, {@code <code>} becomes backticks (as dca writes code), entities are
 * decoded. Images, sounds and videos cannot be shown in a terminal: they are dropped and counted,
 * as are Anki's {@code [sound:file]} references. Scripts and styles are dropped unread.
 */
final class AnkiHtml implements FieldText {
    private static final Pattern SOUND = Pattern.compile("\\[sound:[^\\]]*]");
    private static final Set<String> BLOCKS = Set.of("div", "p", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4",
            "h5", "h6", "pre", "blockquote", "hr", "dl", "dt", "dd", "section", "article", "header", "footer");
    private static final Set<String> MEDIA = Set.of("img", "audio", "video", "object", "embed", "svg", "iframe", "picture");
    private static final Set<String> UNREAD = Set.of("script", "style", "template", "head", "title", "noscript");

    private int media;

    /** How many media references the fields converted so far held. */
    int mediaDropped() { return media; }

    /** The field as text: line breaks kept, each line's ends stripped. */
    @Override
    public String text(String html) {
        if (plain(html)) return html.replaceAll("\\s+", " ").strip().replace('\u00a0', ' ');
        return lines(convert(html)).replace('\u00a0', ' ');
    }

    /** An element of a parsed field, as {@link #text(String)} reads it, without parsing it again. */
    @Override
    public String text(Element e) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new Visitor(out), e);
        return lines(out.toString()).replace('\u00a0', ' ');
    }

    /** A piece of a field, such as the text around a cloze deletion: one line, the spaces at its ends kept. */
    @Override
    public String inline(String html) {
        String t = plain(html) ? html.replaceAll("\\s+", " ") : convert(html).replace('\n', ' ').replaceAll(" {2,}", " ");
        return t.replace('\u00a0', ' ');
    }

    /** Most fields are plain text: no tag, entity or sound to read, so jsoup has nothing to do. */
    private static boolean plain(String html) {
        return html == null || html.indexOf('<') < 0 && html.indexOf('&') < 0 && !html.contains("[sound:");
    }

    private String convert(String html) {
        if (html == null || html.isEmpty()) return "";
        Matcher s = SOUND.matcher(html);
        StringBuilder noSound = new StringBuilder();
        while (s.find()) {
            media++;
            s.appendReplacement(noSound, " ");
        }
        s.appendTail(noSound);
        Element body = Jsoup.parseBodyFragment(noSound.toString()).body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new Visitor(out), body);
        return out.toString();
    }

    /**
     * Each line stripped of the spaces HTML does not show (a non-breaking space is not stripped:
     * dca writes spaces that matter as {@code &nbsp;}); blank lines between blocks dropped.
     */
    private static String lines(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(l);
        }
        return sb.toString();
    }

    private final class Visitor implements NodeVisitor {
        private final StringBuilder out;
        private int pre;
        /** Inside a dropped element (script, image…): its text is not read. */
        private Node skipping;

        Visitor(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipping != null) return;
            if (node instanceof TextNode t) {
                // \s is ASCII whitespace only: non-breaking spaces stay, as a browser shows them.
                String text = pre > 0 ? t.getWholeText() : t.getWholeText().replaceAll("\\s+", " ");
                out.append(text);
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (UNREAD.contains(tag) || MEDIA.contains(tag)) {
                    if (MEDIA.contains(tag)) media++;
                    skipping = node;
                } else if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("code") && pre == 0) {
                    out.append('`');
                } else if (BLOCKS.contains(tag)) {
                    out.append('\n');
                    if (tag.equals("pre")) pre++;
                } else if (tag.equals("td") || tag.equals("th")) {
                    out.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipping != null) {
                if (node == skipping) skipping = null;
                return;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("code") && pre == 0) {
                    out.append('`');
                } else if (BLOCKS.contains(tag)) {
                    if (tag.equals("pre")) pre--;
                    out.append('\n');
                }
            }
        }
    }
}
