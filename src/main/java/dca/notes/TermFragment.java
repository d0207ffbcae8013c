package dca.notes;

import dca.deck.BasicCard;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bullet or paragraph that leaves its subject to the heading or bullet above it: under
 * "### Macvlan", "Allows you to give a container its own MAC address" asks "What does Macvlan
 * do?"; under "**Bridge network:**", "The default network type" asks "What is Bridge network?".
 * Only the first sentence of its block, only when the heading or bullet above names a term.
 */
final class TermFragment implements SentenceRule {
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 30;
    private static final int MAX_TERM_WORDS = 5;
    private static final int MAX_TITLE_TERM_WORDS = 3;
    /** A noun-phrase fragment has no verb among its first words, before any of these. */
    private static final Set<String> QUALIFIERS = Set.of("that", "which", "who", "for", "of", "to", "in", "on", "with", "used",
            "from", "by", "where", "when", "between", "across", "inside", "within");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    @Override
    public String name() {
        return "term-fragment";
    }

    @Override
    public Outcome apply(Sentence s, Block b, Extraction x) {
        String text = s.text();
        int words = s.words();
        if (words < MIN_WORDS || words > MAX_WORDS || text.endsWith(":") || text.endsWith("?")) return Outcome.PASS;
        if (!b.text().startsWith(text) && !InlineText.unmark(b.tagged().text()).strip().startsWith(text)) return Outcome.PASS;
        List<Statement.Word> w = Statement.Word.split(s.marked());
        if (w.isEmpty()) return Outcome.PASS;
        String first = w.get(0).lower();
        boolean used = (first.equals("used") || first.equals("useful")) && w.size() > 2
                && Set.of("for", "to", "in", "when", "with", "as").contains(w.get(1).lower());
        boolean does = !used && (verbFirst(w) || standsIn(w));
        boolean is = !used && !does && nounPhrase(w);
        if (!used && !does && !is) return Outcome.PASS;
        String term = term(b);
        if (term == null) return Outcome.miss("says what something does, but the heading or bullet above names no term");
        boolean plural = plural(term);
        String subject = lowerArticle(term);
        // "This driver …" under "*Host*": ask about "the Host driver", which is what the sentence calls it.
        String standIn = w.size() > 1 && (first.equals("this") || first.equals("the")) && STAND_INS.contains(w.get(1).lower())
                ? w.get(1).lower() : null;
        if (does && standIn != null && !term.toLowerCase(Locale.ROOT).contains(standIn)) {
            subject = "the " + term + " " + standIn;
            plural = false;
        }
        String prompt = used ? (plural ? "What are " : "What is ") + subject + " " + first + " for?"
                : does ? (plural ? "What do " : "What does ") + subject + " do?" : (plural ? "What are " : "What is ") + subject + "?";
        String answer = Character.toUpperCase(text.charAt(0)) + text.substring(1) + following(s, b);
        return x.sink().offerBasic(BasicCard.Origin.TERM, prompt, answer, b.ctx(), s.line(), b.tagged().tags())
                ? Outcome.claimed(1) : Outcome.PASS;
    }

    private static final int MAX_ANSWER_WORDS = 40;

    /** "It provides no isolation …" after the fragment: the sentences that go on about it, for its answer. */
    private static String following(Sentence s, Block b) {
        List<Sentence> all = Sentence.split(b.tagged().text(), b.line());
        StringBuilder more = new StringBuilder();
        int words = s.words();
        for (int i = 1; i < all.size(); i++) {
            String t = all.get(i).text();
            words += all.get(i).words();
            if (!Anaphora.leans(t) || words > MAX_ANSWER_WORDS) break;
            more.append(' ').append(t);
        }
        return more.toString();
    }

    /** Nouns a sentence uses to stand for the term above it: "This driver …", "The option …". */
    private static final Set<String> STAND_INS = Set.of("driver", "network", "mode", "option", "flag", "command", "feature", "tool",
            "plugin", "instruction", "setting", "component", "object", "type", "method", "approach", "format", "form", "key",
            "field", "policy", "parameter", "directive", "service", "engine", "runtime", "daemon", "file", "layer", "registry");

    /** "This driver connects …", "It stores …": the heading's term, named by a pronoun, and what it does. */
    private static boolean standsIn(List<Statement.Word> w) {
        if (w.size() < 4) return false;
        String first = w.get(0).lower();
        int verb;
        if (first.equals("it")) {
            verb = 1;
        } else if ((first.equals("this") || first.equals("the")) && STAND_INS.contains(w.get(1).lower())) {
            verb = 2;
        } else {
            return false;
        }
        String v = w.get(verb).lower();
        if (v.equals("also") || v.equals("only") || v.equals("then")) v = w.get(++verb).lower();
        return Statement.isVerbWord(v) && !v.equals("is") || Verbs.isFinite(v) && v.endsWith("s") && !Verbs.isBase(v);
    }

    /** "Allows you to …", "publishes ports directly …", "Also creates …": a verb where the subject would be. */
    private static boolean verbFirst(List<Statement.Word> w) {
        int i = 0;
        if (w.get(0).lower().equals("also") && w.size() > 1) i = 1;
        String l = w.get(i).lower();
        return !w.get(i).code() && l.endsWith("s") && !l.endsWith("ss") && Verbs.isFinite(l) && !Verbs.isBase(l) && w.size() > i + 2;
    }

    /** "The default network type in Docker", "A small wrapper for libcontainer": a noun phrase with no verb of its own. */
    private static boolean nounPhrase(List<Statement.Word> w) {
        if (!ARTICLES.contains(w.get(0).lower()) || w.size() < 4) return false;
        boolean relative = false;
        boolean relativeVerb = false;
        for (int i = 1; i < w.size(); i++) {
            String l = w.get(i).lower();
            if (Verbs.CLAUSE_WORDS.contains(l)) {
                relative = true;
                continue;
            }
            boolean verb = Statement.isVerbWord(l) || Verbs.isFinite(l) && !Verbs.isBase(l) && !l.endsWith("ed") && i >= 2
                    && Character.isLowerCase(w.get(i).bare().charAt(0)) && !w.get(i).code();
            if (!verb) continue;
            // A verb outside a relative clause, or a second one after it ("A node that joins … gets …"), makes a sentence.
            String before = w.get(i - 1).lower();
            if (!relative || relativeVerb && !before.equals("and") && !before.equals("or")) return false;
            relativeVerb = true;
        }
        return true;
    }

    /** "Docker stacks" takes "do", "TLS" and "Docker Swarm" take "does". */
    private static boolean plural(String term) {
        String last = term.replaceAll("\\s*\\([^)]*\\)$", "").strip();
        int sp = last.lastIndexOf(' ');
        last = last.substring(sp + 1);
        if (last.length() < 4 || last.equals(last.toUpperCase(Locale.ROOT))) return false;
        String l = last.toLowerCase(Locale.ROOT);
        return l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is");
    }

    private static String lowerArticle(String term) {
        for (String a : new String[] {"A ", "An ", "The "}) {
            if (term.startsWith(a)) return a.toLowerCase(Locale.ROOT) + term.substring(a.length());
        }
        return term;
    }

    /** Headings that introduce or group, not name: "More on X", "Parts of Docker", "On Windows". */
    private static final java.util.regex.Pattern NOT_A_TERM = java.util.regex.Pattern.compile(
            "(?i)^(?:more|about|notes?|intro|introduction|on|in|for|with|from|using|why|how|what|when|where|hello|welcome)\\b.*");

    /** "Network types", "Parts of Docker", "Useful commands": a heading that groups several things. */
    private static final java.util.regex.Pattern GROUPING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:types|kinds|parts|components|list|ways|steps|options|modes|levels|categories|examples|features|commands"
                    + "|differences|basics|tips|notes|questions|benefits|advantages|disadvantages|pros|cons)\\b");

    private static final java.util.regex.Pattern TOPIC = java.util.regex.Pattern.compile(
            "(?i)\\s(?:and|&|in|for|with|vs\\.?|versus|on|to|of|from|into|about|under|inside|between)\\s");

    /** The heading or bullet above, when it names a term (not a sentence, a task or an organising word). */
    private static final Pattern SUMMARY = Pattern.compile("(?i)(?:the\\s+)?tl;?\\s*dr");
    private static final Pattern SUMMARY_SUFFIX = Pattern.compile(
            "(?i)(.+?)\\s+[-–—:]\\s+(?:the\\s+)?(?:tl;?\\s*dr|summary|in short|in a nutshell|key points)");

    private static String clean(String heading) {
        String t = Strings.stripTrailing(heading.strip(), " \t:.");
        t = t.replaceFirst("^[^\\p{L}\\p{N}`(]+", "");
        return HeadingDefinition.LEADING_NUMBER_PATTERN.matcher(t).replaceFirst("").strip();
    }

    static String term(Block b) {
        List<String> path = b.ctx().path();
        if (path.isEmpty()) return null;
        // A chapter's own title names a term only when it is short ("# docker stacks" over "Allows you to …").
        // and only for the paragraph right under it: further down, a chapter's paragraphs speak of many things.
        if (path.size() == 1 && (Strings.words(path.get(0)) > MAX_TITLE_TERM_WORDS || !(b.previous() == null && !b.inItem() || b.previous() instanceof org.commonmark.node.Heading))) {
            return null;
        }
        String t = clean(path.get(path.size() - 1));
        // "## Docker - The TLDR", "## The TLDR" under "# The Docker Engine": the summary is of the term before or above it.
        Matcher summary = SUMMARY_SUFFIX.matcher(t);
        if (summary.matches()) t = summary.group(1).strip();
        else if (path.size() >= 2 && SUMMARY.matcher(t).matches()) t = clean(path.get(path.size() - 2));
        if (t.isEmpty() || t.endsWith("?") || t.endsWith("!") || t.endsWith("…") || Strings.words(t) > MAX_TERM_WORDS) return null;
        if (NOT_A_TERM.matcher(t).matches() || GROUPING.matcher(t).find() || t.contains("/")) return null;
        // "Registry access and certificates", "Templates in docker service create": a topic, not one term.
        if (TOPIC.matcher(t.replaceAll("\\([^)]*\\)", "")).find()) return null;
        if (!HeadingDefinition.isTerm(t) || HeadingDefinition.isTask(t) || Guards.isGenericTerm(t) || Guards.isSkippedHeading(t)) return null;
        if (TermBullet.isRemark(t) || t.toLowerCase(Locale.ROOT).matches(".*\\b(?:is|are|was|were|can|will|has|have|not)\\b.*")) return null;
        return t;
    }
}
