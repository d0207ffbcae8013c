package dca.notes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fact stated as a sentence holding a specific token ("Swarm managers listen on 2377",
 * "`docker stop` sends SIGTERM, then SIGKILL after 10 seconds") becomes a cloze hiding that token:
 * one token per kind, at most two per sentence, chosen in {@link Token.Kind} order. A token the
 * context already names (the heading says "docker stop") is not hidden; a sentence too long to
 * read as a card, a question, or one that is mostly the token is not a cloze.
 */
final class FactCloze implements SentenceRule {
    static final int MAX_WORDS = 45;
    private static final int MAX_PARTS = 2;
    private static final int MIN_OTHER_WORDS = 3;
    private static final java.util.regex.Pattern HIDDEN = java.util.regex.Pattern.compile("\\{\\{[^}]*}}");

    @Override
    public String name() {
        return "fact-cloze";
    }

    @Override
    public Outcome apply(Sentence s, Block b, Extraction x) {
        String text = s.text();
        if (x.authoredClozes()) return Outcome.miss("this chapter marks its own clozes, so none is guessed");
        if (text.endsWith("?")) return Outcome.miss("a question, not a statement");
        if (text.endsWith(":")) return Outcome.miss("introduces what follows, not a fact of its own");
        int words = s.words();
        List<Token> chosen = choose(s, b.ctx());
        // No token: the statement rule, tried next, says why it made nothing either.
        if (chosen.isEmpty()) return Outcome.PASS;
        if (words > MAX_WORDS) return Outcome.miss("sentence of " + words + " words is too long for a cloze (at most " + MAX_WORDS + ")");
        String cloze = cloze(s.marked(), chosen);
        if (Strings.words(HIDDEN.matcher(ClozeSyntax.maskCode(cloze)).replaceAll(" ")) < MIN_OTHER_WORDS) {
            return Outcome.miss("too little around the token to ask about");
        }
        return x.sink().offerCloze(cloze, b.ctx(), s.line(), b.tagged().tags()) ? Outcome.claimed(1)
                : Outcome.miss("the same fact is already a card");
    }

    static List<Token> choose(Sentence s, Breadcrumbs ctx) {
        List<Token> found = Token.find(s.marked());
        List<Token> chosen = new ArrayList<>();
        Set<Token.Kind> kinds = EnumSet.noneOf(Token.Kind.class);
        int words = s.words();
        for (Token.Kind kind : Token.Kind.values()) {
            for (Token t : found) {
                if (t.kind() != kind || kinds.contains(kind) || chosen.size() >= MAX_PARTS) continue;
                String shown = shown(s.marked(), t);
                if (Strings.words(shown) * 2 > words || named(shown, ctx)) continue;
                chosen.add(t);
                kinds.add(kind);
            }
        }
        chosen.sort(java.util.Comparator.comparingInt(Token::start));
        return chosen;
    }

    /** The token as the card shows it: code keeps its backticks, emphasis loses its marks. */
    static String shown(String marked, Token t) {
        return InlineText.unmark(marked.substring(t.start(), t.end())).strip();
    }

    /** True when a crumb of the context already says the token (the card would give itself away). */
    private static boolean named(String shown, Breadcrumbs ctx) {
        String t = shown.replace("`", "").toLowerCase(Locale.ROOT).strip();
        if (t.isEmpty()) return true;
        for (String crumb : ctx.path()) {
            if (crumb.replace("`", "").toLowerCase(Locale.ROOT).contains(t)) return true;
        }
        return false;
    }

    /** The sentence with each chosen token wrapped in {@code {{ }}} and emphasis marks removed. */
    static String cloze(String marked, List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (Token t : tokens) {
            sb.append(marked, last, t.start()).append("{{").append(shown(marked, t)).append("}}");
            last = t.end();
        }
        sb.append(marked.substring(last));
        return InlineText.unmark(sb.toString()).strip();
    }
}
