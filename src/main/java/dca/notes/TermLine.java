package dca.notes;

import dca.deck.BasicCard;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Paragraph;

/**
 * Term/definition lines in the shapes plain notes use beyond {@link TermBullet}: {@code *Term*: def}
 * in italics, {@code Term: def} without emphasis (in a bullet), {@code Term = def},
 * {@code Term -> def} (or {@code →}, {@code =>}). The term is short and has no sentence punctuation.
 */
final class TermLine implements Rule {
    private static final Pattern ARROW = Pattern.compile("^(.{1,60}?)\\s+(?:=|->|→|=>|==>)\\s+(\\S.*)$");
    private static final Pattern COLON = Pattern.compile("^([^:`]{1,50}?)\\s*:\\s+(\\S.*)$");
    private static final Pattern TERM_PUNCTUATION = Pattern.compile("[.!?;,\"\\[\\]{}]");
    private static final int MAX_TERM_WORDS = 5;
    private static final Pattern NUMBERED_LABEL = Pattern.compile("(?:step|part|chapter|section|q|question|day|week)\\s*\\d*");

    @Override
    public String name() {
        return "term-line";
    }

    /** A term and its definition read from a line, or why the line nearly was one ({@code term} null). */
    record Read(String term, String definition, String why) {
        static final Read NONE = new Read(null, null, null);
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!(b.node() instanceof Paragraph p)) return Outcome.PASS;
        Read r = read(p, b.text(), b.inItem());
        if (r.term() == null) return r.why() == null ? Outcome.PASS : Outcome.miss(r.why());
        if (inMixedCaptionedList(p)) return Outcome.miss("an item of the list card above, whose other items are not terms");
        String prompt = TermChildren.prompt(r.term(), b.ctx());
        if (prompt == null) return Outcome.miss("\"" + r.term() + "\" names nothing to ask about");
        return x.sink().offerBasic(BasicCard.Origin.TERM, prompt, r.definition(), b.ctx(), b.line(), b.tagged().tags())
                ? Outcome.claimed(1) : Outcome.PASS;
    }

    /**
     * A bullet of a list captioned with a colon (one list card) whose items are not all term lines:
     * the list card holds it as written, and it makes no card of its own.
     */
    private static boolean inMixedCaptionedList(Paragraph p) {
        if (!(p.getParent() instanceof org.commonmark.node.ListItem item) || !(item.getParent() instanceof org.commonmark.node.ListBlock list)) {
            return false;
        }
        if (!(list.getPrevious() instanceof Paragraph caption) || !TagParser.split(InlineText.of(caption)).text().endsWith(":")) return false;
        return !allTerms(list);
    }

    /**
     * A plain {@code Term: definition} bullet counts as a term only in a list of such bullets: at
     * least two items, most of them terms with a colon or dash, or bold terms.
     */
    private static boolean amongTerms(Paragraph p) {
        if (!(p.getParent() instanceof org.commonmark.node.ListItem item) || !(item.getParent() instanceof org.commonmark.node.ListBlock list)) {
            return false;
        }
        List<org.commonmark.node.ListItem> items = Enumeration.items(list);
        if (items.size() < 2) return false;
        int terms = 0;
        for (org.commonmark.node.ListItem i : items) {
            if (!(i.getFirstChild() instanceof Paragraph ip)) continue;
            String t = InlineText.oneLine(TagParser.split(InlineText.of(ip)).text());
            Matcher m = COLON.matcher(t);
            if (TermBullet.read(ip).isPresent() || m.matches() && plainTerm(m.group(1).strip()) == null) terms++;
        }
        return terms * 2 > items.size();
    }

    /** Every item of the list is a term line (so a list card names just the terms). */
    static boolean allTerms(org.commonmark.node.ListBlock list) {
        for (org.commonmark.node.ListItem item : Enumeration.items(list)) {
            if (!(item.getFirstChild() instanceof Paragraph ip) || term(ip).isEmpty()) return false;
        }
        return true;
    }

    /** The term a bullet names in one of these shapes, for a list that names its items; empty when none. */
    static java.util.Optional<String> term(Paragraph p) {
        return java.util.Optional.ofNullable(read(p, InlineText.oneLine(TagParser.split(InlineText.of(p)).text()), true).term());
    }

    static Read read(Paragraph p, String text, boolean inItem) {
        String term = null;
        String definition = null;
        Matcher m;
        if (p.getFirstChild() instanceof Emphasis em && inItem) {
            String t = InlineText.oneLine(InlineText.of(em));
            String rest = TagParser.split(InlineText.range(em.getNext(), null)).text().strip();
            if (t.endsWith(":")) {
                term = t.substring(0, t.length() - 1).strip();
                definition = rest;
            } else if (rest.startsWith(":") || rest.startsWith("- ") || rest.startsWith("– ")) {
                term = t;
                definition = rest.substring(1).strip();
            }
        } else if ((text.indexOf('=') > 0 || text.contains("->") || text.indexOf('→') > 0) && (m = ARROW.matcher(text)).matches()) {
            term = m.group(1).strip();
            definition = m.group(2).strip();
            // "admin -> settings -> certificates" is a path through a UI, not a term and its meaning.
            if (term.contains(":") || ARROW.matcher(definition).matches()) return new Read(null, null, "a path of steps, not a term");
        } else if (inItem && text.startsWith("-") && (m = FLAG_LINE.matcher(text)).matches()) {
            // "--force , -f    Do not prompt for confirmation": a reference page's flag and what it does.
            term = m.group(1).strip().replaceAll("\\s*,\\s*", ", ");
            // "--limit (25)  Max number of results": the default is part of what to recall.
            definition = m.group(3).strip() + (m.group(2) == null ? "" : " (default " + m.group(2) + ")");
        } else if (inItem && text.indexOf(':') > 0 && (m = COLON.matcher(text)).matches()) {
            term = m.group(1).strip();
            definition = m.group(2).strip();
            if (Strings.words(definition) < 2) return Read.NONE;
            String why = plainTerm(term);
            if (why != null) return new Read(null, null, why);
            if (!codeLike(term) && !amongTerms(p)) return new Read(null, null, "a line with a colon among sentences, not a list of terms");
            if (codeLike(term)) {
                term = term.replaceAll("\\s*,\\s*", ", ");
                // "--stars , -s **deprecated** : …": the remark belongs to the answer, not the flag.
                Matcher remark = FLAG_REMARK.matcher(term);
                if (remark.matches()) {
                    term = remark.group(1);
                    definition = definition + " (" + remark.group(2) + ")";
                }
            }
        }
        if (term == null) return Read.NONE;
        String why = why(term, definition);
        return why != null ? new Read(null, null, why) : new Read(term, definition, null);
    }

    private static final int MAX_PLAIN_TERM_WORDS = 3;
    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)^(?:a|an|the|this|that|these|those|it|they|other|some|any|each|every|all|most|my|our|your|one|two|three"
                    + "|four|five|six|several|many|few|both|\\d+)\\b.*"
                    + "|.*\\b(?:is|are|was|were|be|can|cannot|can't|will|must|should|never|always|not|does|do|don't|doesn't|has|have)\\b.*");

    /**
     * A term written as code without backticks: flags ({@code --all-tags, -a}), a file ({@code ca.pem}),
     * a format placeholder ({@code .ID}), a key ({@code stop_grace_period}). Such a term is a term
     * wherever its line stands, and its dots and commas are no sentence's.
     */
    private static final Pattern CODE_LIKE = Pattern.compile(
            "--?[A-Za-z][\\w-]*(?:\\s*,\\s*--?[A-Za-z][\\w-]*)*(?:\\s+\\(?(?:deprecated|\\d+|default\\s+\\w+)\\)?)?"
                    + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:pem|json|ya?ml|conf|key|crt|csr|toml|cfg|ini|sock|service|env|tar|txt)"
                    + "|\\.[A-Z][A-Za-z]*(?:\\.[A-Za-z]+)*"
                    + "|[a-z][a-z0-9]*(?:_[a-z0-9]+)+");

    /** A flag (and its short form) then, after space, what it does, capitalised as a reference page writes it. */
    private static final Pattern FLAG_LINE = Pattern.compile(
            "(--?[A-Za-z][\\w-]*(?:\\s*,\\s*--?[A-Za-z][\\w-]*)?)\\s+(?:\\((\\w+)\\)\\s*)?:?\\s*(\\p{Lu}\\p{Ll}+(?:\\s+\\S+)+)");

    private static final Pattern FLAG_REMARK = Pattern.compile("(-.*?)\\s+\\(?(deprecated|\\d+|default\\s+\\w+)\\)?");

    static boolean codeLike(String term) {
        return CODE_LIKE.matcher(term.strip()).matches();
    }

    /** Without emphasis, only a short noun phrase is taken for a term: "Rootless limits", not "Pods are ephemeral". */
    private static String plainTerm(String term) {
        if (codeLike(term)) return null;
        if (Strings.words(term) > MAX_PLAIN_TERM_WORDS) return "the part before the colon is a clause, not a term";
        if (CLAUSE.matcher(term).matches()) return "the part before the colon reads like a sentence";
        if (HeadingDefinition.isPlainTask(term)) return "\"" + term + "\" names a task, not a term";
        return null;
    }

    /** True when the letters of {@code term} appear in order in {@code word} ("cp" in "copy", "rm" in "remove"). */
    static boolean abbreviates(String term, String word) {
        String t = term.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        String w = word.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || w.length() < t.length() || t.charAt(0) != w.charAt(0)) return false;
        int k = 0;
        for (int i = 0; i < w.length() && k < t.length(); i++) if (w.charAt(i) == t.charAt(k)) k++;
        return k == t.length();
    }

    /** Why this is not a term and its definition, or null when it is. */
    private static String why(String term, String definition) {
        if (term.isEmpty() || definition.isEmpty()) return "a term or its definition is empty";
        if (Strings.words(term) > MAX_TERM_WORDS) return "the part before the separator is too long to be a term";
        if (TERM_PUNCTUATION.matcher(term.replace("`", "")).find() && !term.startsWith("`") && !codeLike(term)) return "the term reads like a sentence";
        if (TermBullet.isRemark(term)) return "a remark, not a term";
        if (Guards.isQuiz(term) || Guards.isTodo(term)) return "not a term";
        if (!definition.codePoints().anyMatch(Character::isLetterOrDigit)) return "the definition says nothing";
        // "cp: copy": the word the term abbreviates says nothing a student would need to recall.
        if (Strings.words(definition) == 1 && !term.startsWith("`") && abbreviates(term, definition)) return "the definition only spells out the term";
        String lower = term.toLowerCase(Locale.ROOT);
        if (NUMBERED_LABEL.matcher(lower).matches()) return "a label, not a term";
        // "88: the first letters of the id", "<name>: …": a value or a placeholder, not a term.
        if (term.codePoints().noneMatch(Character::isLetter) || term.matches("<[^>]+>")) return "a value, not a term";
        return null;
    }
}
