package dca.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** HTML from Anki fields as their text: what a browser would show, with dca's own markup undone. */
class HtmlTest {
    @Test
    void everyEntityIsDecodedNotOnlyTheCommonOnes() {
        assertEquals("café — “quoted” … 1 < 2 & 3 > 2 ' ü", Html.toText("caf&eacute; &mdash; &ldquo;quoted&rdquo; &hellip; 1 &lt; 2 &amp; 3 &gt; 2 &#39; &#xfc;"));
        assertEquals("a b", Html.unescape("a&nbsp;b"));
    }

    @Test
    void linesCodeAndTagsComeBackAsDcaWroteThem() {
        assertEquals("run `docker ps -a`\nthen\nclean up", Html.toText("run <code>docker ps -a</code><br><div>then</div><div>clean up</div>"));
        assertEquals("bold and italic", Html.toText("<b>bold</b> and <i>italic"));
        assertEquals("one\ntwo", Html.toText("<ul><li>one</li><li>two</li></ul>"));
    }

    @Test
    void writingAndReadingAgreeOnDcasOwnMarkup() {
        String text = "Use `docker image prune -a` when <none> images pile up & \"dangle\"\nsecond line";
        assertEquals(text, Html.toText(Html.escape(text)));
    }
}
