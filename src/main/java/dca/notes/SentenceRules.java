package dca.notes;

import java.util.List;
import org.commonmark.node.Paragraph;

/**
 * The paragraph-level rule that cuts a paragraph or bullet into sentences and offers each to the
 * sentence rules, in order: an inline enumeration, a command in a sentence, a definition
 * sentence, a fact with a specific token. Sentences that are not study text (first-person
 * narration, exam logistics, pointers elsewhere) make nothing.
 */
final class SentenceRules implements Rule {
    static final List<SentenceRule> ORDER = List.of(
            new InlineList(), new DifferenceSentence(), new CommandSentence(), new CodeSubject(), new SentenceDefinition(), new TermFragment(), new FactCloze(),
            new Statement());
    /** Makes its card beside whatever the sentence's own rule made. */
    private static final SentenceRule ABBREVIATION = new Abbreviation();
    /** "Note:", "**Important for the exam**:", "HINT." before a sentence: a label, not part of the fact. */
    private static final java.util.regex.Pattern REMARK = java.util.regex.Pattern.compile(
            "(?i)^[\\uE000\\uE001]*(?:note|nb|tip|hint|important|warning|caution|remember|reminder|fyi|info|attention)"
                    + "(?:\\s+(?:for|on)\\s+(?:the\\s+)?exam)?[\\uE000\\uE001]*\\s*[:.!-]+[\\uE000\\uE001]*\\s+");

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof Paragraph p)) return Outcome.PASS;
        TagParser.Tagged marked = TagParser.split(InlineText.marked(p));
        String label = labelLine(p);
        if (label != null) {
            int nl = marked.text().indexOf('\n');
            if (nl > 0 && nl + 1 < marked.text().length()) {
                marked = new TagParser.Tagged(marked.text().substring(nl + 1), marked.tags());
                TagParser.Tagged rest = b.tagged();
                int restNl = rest.text().indexOf('\n');
                b = b.underLabel(label, new TagParser.Tagged(restNl < 0 ? "" : rest.text().substring(restNl + 1), rest.tags()));
            }
        }
        boolean made = false;
        Outcome.Miss miss = null;
        String missRule = null;
        // A paragraph that is only a link (its text is a title) is a pointer, not a fact.
        if (InlineText.isLinkOnly(p)) return Outcome.miss("a link, not a fact");
        String previous = null;
        List<Sentence> sentences = Sentence.split(marked.text(), b.line());
        List<String> plain = new java.util.ArrayList<>();
        x.sink().hold();
        for (int index = 0; index < sentences.size(); index++) {
            Sentence raw = sentences.get(index);
            Sentence s = raw;
            java.util.regex.Matcher remark = REMARK.matcher(raw.marked());
            if (remark.lookingAt()) s = new Sentence(raw.marked().substring(remark.end()), raw.line());
            String before = previous;
            previous = s.text();
            plain.add(raw.text());
            if (Anaphora.leans(s.text())) s = s.withLead(before != null ? before : Anaphora.termLead(s.text(), b));
            x.sink().holdFor(index, s.lacksContext() ? "" : s.lead());
            String why = Guards.notStudyText(s.text());
            if (why != null) {
                if (miss == null) {
                    miss = new Outcome.Miss(why);
                    missRule = "sentences";
                }
                continue;
            }
            x.sink().by(ABBREVIATION.name());
            made |= ABBREVIATION.apply(s, b, x) instanceof Outcome.Claimed;
            for (SentenceRule r : ORDER) {
                x.sink().by(r.name());
                Outcome o = r.apply(s, b, x);
                if (o instanceof Outcome.Claimed) {
                    made = true;
                    break;
                }
                if (o instanceof Outcome.Miss m && miss == null) {
                    miss = m;
                    missRule = r.name();
                }
            }
        }
        made |= release(x.sink().release(), plain, x.sink(), b.inItem());
        if (made) return Outcome.claimed(1);
        return miss == null ? Outcome.PASS : Outcome.miss(missRule + ": " + miss.why());
    }

    private static final int MAX_LABEL_WORDS = 5;

    /** "*Host*" or "**Bridge:**" alone on the first line of a paragraph, over lines that say what it is; else null. */
    static String labelLine(Paragraph p) {
        org.commonmark.node.Node first = p.getFirstChild();
        if (!(first instanceof org.commonmark.node.Emphasis || first instanceof org.commonmark.node.StrongEmphasis)) return null;
        org.commonmark.node.Node next = first.getNext();
        if (next instanceof org.commonmark.node.Text t && t.getLiteral().strip().equals(":")) next = next.getNext();
        if (!(next instanceof org.commonmark.node.SoftLineBreak || next instanceof org.commonmark.node.HardLineBreak)) return null;
        String label = Strings.stripTrailing(InlineText.oneLine(InlineText.of(first)).strip(), " \t:");
        if (label.isEmpty() || Strings.words(label) > MAX_LABEL_WORDS || label.endsWith(".") || label.endsWith("?")
                || TermBullet.isRemark(label) || Guards.isLabel(label)) {
            return null;
        }
        return label;
    }

    private static final int MAX_JOINED_WORDS = 45;
    private static final int MAX_JOINED_HOLES = 3;
    private static final int MAX_JOINED_HOLE_WORDS = 8;
    private static final java.util.regex.Pattern HOLE = java.util.regex.Pattern.compile("\\{\\{(.*?)}}");

    private static final java.util.Set<String> COMMON = java.util.Set.of("docker", "container", "containers", "image", "images",
            "which", "there", "their", "these", "those", "other", "about", "using", "would", "should", "could", "because");

    /** Each sentence after the first shares a word stem with the one before it: one topic, not a list of facts. */
    static boolean related(List<String> sentences) {
        for (int i = 1; i < sentences.size(); i++) {
            if (Anaphora.leans(sentences.get(i))) continue;
            java.util.Set<String> before = stems(sentences.get(i - 1));
            boolean shared = false;
            for (String s : stems(sentences.get(i))) shared |= before.contains(s);
            if (!shared) return false;
        }
        return true;
    }

    private static java.util.Set<String> stems(String sentence) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 5 && !COMMON.contains(w)) out.add(w.substring(0, Math.min(6, w.length())));
        }
        return out;
    }

    /** Each hidden token once: a hole whose text shows elsewhere in the paragraph (or in an earlier hole) is opened. */
    static String distinctHoles(String text) {
        java.util.regex.Matcher m = HOLE.matcher(text);
        StringBuilder sb = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String open = HOLE.matcher(text).replaceAll("\u0001");
        int last = 0;
        while (m.find()) {
            String inner = m.group(1);
            String key = inner.replace("`", "").strip().toLowerCase(java.util.Locale.ROOT);
            boolean elsewhere = open.replace("`", "").toLowerCase(java.util.Locale.ROOT).contains(key);
            sb.append(text, last, m.start());
            sb.append(seen.add(key) && !elsewhere ? m.group() : inner);
            last = m.end();
        }
        sb.append(text.substring(last));
        return sb.toString();
    }

    /**
     * The clozes of a short paragraph's sentences become one card with the whole paragraph as its
     * text ("… with {{--advertise-addr}}. {{--listen-addr}} is for …"): each hole is asked with the
     * sentences around it. A long paragraph, or one with many holes, keeps a card per sentence.
     */
    private static boolean release(List<CardSink.Held> held, List<String> plain, CardSink sink, boolean bullet) {
        if (held.isEmpty()) return false;
        if (held.size() >= 2) {
            String[] parts = plain.toArray(new String[0]);
            for (CardSink.Held h : held) if (h.sentence() < parts.length) parts[h.sentence()] = h.bare();
            String joined = distinctHoles(String.join(" ", parts));
            java.util.regex.Matcher m = HOLE.matcher(joined);
            int holes = 0;
            boolean shortHoles = true;
            while (m.find()) {
                holes++;
                shortHoles &= Strings.words(m.group(1)) <= MAX_JOINED_HOLE_WORDS;
            }
            boolean oneEach = held.stream().map(CardSink.Held::sentence).distinct().count() == held.size();
            if (oneEach && related(plain) && holes >= 1 && holes <= MAX_JOINED_HOLES && shortHoles && Strings.words(joined) <= MAX_JOINED_WORDS
                    && sink.make(held.get(0), joined, joined)) {
                return true;
            }
        }
        boolean made = false;
        for (CardSink.Held h : held) made |= sink.make(h, withItsParagraph(h, plain, bullet), h.bare());
        return made;
    }

    /**
     * A cloze of one sentence of a short paragraph or bullet, shown with the others around it: they say
     * what the sentence leaves to them ("Fully integrated since 1.12. Enabled with {{`docker swarm init`}}").
     * Alone when the paragraph is long, or when another sentence shows what the hole hides.
     */
    private static String withItsParagraph(CardSink.Held h, List<String> plain, boolean bullet) {
        if (plain.size() < 2 || plain.size() > MAX_CONTEXT_SENTENCES || h.sentence() >= plain.size()) return h.text();
        // A bullet holds one point; a paragraph's sentences only when they speak of the same thing.
        if (!bullet && !relatedTo(h.sentence(), plain)) return h.text();
        String[] parts = plain.toArray(new String[0]);
        parts[h.sentence()] = h.bare();
        String whole = String.join(" ", parts);
        if (Strings.words(whole) > MAX_JOINED_WORDS || !distinctHoles(whole).equals(whole)) return h.text();
        // A term named above ("containerd:") stays in front; a sentence before is in the paragraph already.
        if (!h.lead().isEmpty() && !plain.contains(h.lead())) whole = h.lead() + " " + whole;
        return whole;
    }

    private static final int MAX_CONTEXT_SENTENCES = 3;

    private static boolean relatedTo(int index, List<String> sentences) {
        java.util.Set<String> mine = stems(sentences.get(index));
        for (int i = 0; i < sentences.size(); i++) {
            if (i == index) continue;
            for (String st : stems(sentences.get(i))) if (mine.contains(st)) return true;
        }
        return false;
    }
}
