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

    static final String MISS = "leans on what was said before it (\"It …\", \"This …\"), which no card can show";

    private Anaphora() {}

    /** True when the sentence leans on what was said before it. */
    static boolean leans(String text) {
        String t = text.strip();
        if (t.isEmpty() || !LEANS.matcher(t).matches()) return false;
        return !DUMMY_IT.matcher(t).matches();
    }

    /** "containerd:" when the heading or bullet above names a term; else the mark that no context can be shown. */
    static String termLead(Block b) {
        String term = TermFragment.term(b);
        return term == null ? Sentence.NO_CONTEXT : term + ":";
    }
}
