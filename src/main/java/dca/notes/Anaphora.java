package dca.notes;

import java.util.regex.Pattern;

/**
 * A sentence that points back at something said before it ("It manages …", "This is the
 * microservices pattern", "For the point above, …"): alone on a card it loses what it is about, so
 * its card shows the sentence before it, or the term its heading or bullet names.
 */
final class Anaphora {
    private static final Pattern LEANS = Pattern.compile(
            "(?i)^(?:it|it's|its|this|that|these|those|they|their|them|such|he|she|both|the latter|the former|the above"
                    + "|for (?:the|this) (?:point|reason|case) above|for (?:this|that) reason|setting this|doing (?:this|so)"
                    + "|for example|for instance|e\\.g\\.|in (?:this|that|such a) case|as a result|because of (?:this|that)"
                    + "|with (?:this|that)|that way|this way|otherwise|then|here|instead|same)\\b.*");
    /** "It's possible to …", "It is best to …": "it" stands for nothing before it. */
    private static final Pattern DUMMY_IT = Pattern.compile("(?i)^it(?:'s| is)(?:\\s+\\S+){1,4}?\\s+to\\s+\\S+.*|^it(?:'s| is) (?:also )?(?:not )?(?:possible|important|recommended|best|better|common|easy|hard|necessary)\\b.*");

    /**
     * "Add them at install time with `--san`", "The daemon uses it with `--tlsverify`": a pronoun among
     * the first words stands for something named before; so does a closing "too" or "as well".
     */
    private static final Pattern EARLY_PRONOUN = Pattern.compile(
            "(?i)^(?:[\\w'’,-]+\\s+){1,3}(?:it|them|they|these|those|this|that one)\\b(?!\\s*(?:is|'s|’s)?\\s+(?:possible|important|recommended|best|better|easy|hard|necessary)\\b).*"
                    + "|(?i).*\\s(?:too|as well)\\W*$");

    /** "Volumes make it easier to …": "it" stands for what follows. */
    private static final Pattern MAKES_IT = Pattern.compile("(?i)\\b(?:make|makes|made|making|find|finds)\\s+it\\s+\\w+(?:er|ble)?\\s+to\\b");

    static final String MISS = "leans on what was said before it (\"It …\", \"This …\"), which no card can show";

    private Anaphora() {}

    /** True when the sentence leans on what was said before it. */
    static boolean leans(String text) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        if (!LEANS.matcher(t).matches()) {
            return EARLY_PRONOUN.matcher(ClozeSyntax.maskCode(t)).matches() && !DUMMY_IT.matcher(t).matches() && !MAKES_IT.matcher(t).find();
        }
        return !DUMMY_IT.matcher(t).matches();
    }

    /**
     * "containerd:" when the heading or bullet above names a term the sentence opens on ("It …");
     * else the mark that no context can be shown: a pronoun further in ("Add them …") stands for
     * what was said before, not for the heading.
     */
    static String termLead(String text, Block b) {
        if (!LEANS.matcher(text.strip()).matches()) return Sentence.NO_CONTEXT;
        String term = TermFragment.term(b);
        return term == null ? Sentence.NO_CONTEXT : term + ":";
    }
}
