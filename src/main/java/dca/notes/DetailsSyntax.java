package dca.notes;

import dca.deck.BasicCard;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * {@code <details><summary>Question</summary> answer </details>}, as public DCA question banks
 * write them; the block may be spread over several Markdown blocks. The answer is kept verbatim
 * apart from the HTML tags ("Answer: B" stays).
 */
final class DetailsSyntax implements Rule {
    private static final Pattern SUMMARY = Pattern.compile("(?is)<summary[^>]*>(.*?)</summary>");
    private static final int MAX_BLOCKS = 64;

    @Override
    public String name() {
        return "details";
    }

    @Override
    public boolean implicit() {
        return false;
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!starts(b.node())) return Outcome.PASS;
        return Outcome.claimed(read(b.siblings(), b.index(), b.ctx(), x.sink(), x.problems()));
    }

    static boolean starts(Node n) {
        return n instanceof HtmlBlock h && h.getLiteral().toLowerCase(Locale.ROOT).contains("<details");
    }

    /** Reads the details block starting at {@code blocks.get(at)}; returns how many blocks it used. */
    static int read(List<Node> blocks, int at, Breadcrumbs ctx, CardSink sink, Problems problems) {
        int line = InlineText.line(blocks.get(at));
        StringBuilder html = new StringBuilder();
        int j = at;
        boolean closed = false;
        for (; j < blocks.size() && j - at < MAX_BLOCKS; j++) {
            String s = text(blocks.get(j));
            html.append(s).append('\n');
            if (s.toLowerCase(Locale.ROOT).contains("</details>")) {
                closed = true;
                j++;
                break;
            }
        }
        if (!closed) {
            problems.add(line, "<details> without </details>: close the block");
            return 1;
        }
        String all = html.toString();
        Matcher m = SUMMARY.matcher(all);
        if (!m.find()) {
            problems.add(line, "<details> without <summary>: put the question in <summary>…</summary>");
            return j - at;
        }
        String question = InlineText.oneLine(plain(m.group(1)));
        String rest = all.substring(m.end());
        int end = rest.toLowerCase(Locale.ROOT).indexOf("</details>");
        String answer = plain(end >= 0 ? rest.substring(0, end) : rest);
        TagParser.Tagged q = TagParser.split(question);
        sink.basic(BasicCard.Origin.DETAILS, QaSyntax.question(q.text()), answer, ctx, line, q.tags());
        return j - at;
    }

    private static String text(Node n) {
        if (n instanceof HtmlBlock h) return h.getLiteral();
        if (n instanceof FencedCodeBlock f) return f.getLiteral();
        if (n instanceof IndentedCodeBlock c) return c.getLiteral();
        if (n instanceof ListBlock list) return QaSyntax.listText(list);
        return InlineText.of(n);
    }

    /** HTML to plain text: line breaks kept, tags and emphasis marks dropped, common entities decoded. */
    static String plain(String html) {
        String t = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</div>", "\n")
                .replaceAll("(?i)<li[^>]*>", "- ")
                .replaceAll("<[^>]*>", "")
                .replaceAll("\\*\\*|__", "");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return InlineText.tidy(t).replaceAll("\n{3,}", "\n\n");
    }
}
