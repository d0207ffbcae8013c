package dca.notes;

import dca.deck.BasicCard;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "The difference between X and Y is that …" asks for the difference between X and Y. */
final class DifferenceSentence implements SentenceRule {
    private static final Pattern SENTENCE = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:main\\s+|key\\s+|big\\s+)?difference\\s+between\\s+(.{1,60}?)\\s+and\\s+(.{1,60}?)\\s+is\\s+(?:that\\s+)?(.+?)[.!]?$");

    @Override
    public String name() {
        return "difference";
    }

    @Override
    public Outcome apply(Sentence s, Block b, Extraction x) {
        if (!s.text().regionMatches(true, 0, "the ", 0, 4) && !s.text().regionMatches(true, 0, "diff", 0, 4)
                && !s.text().toLowerCase(java.util.Locale.ROOT).contains("difference between")) {
            return Outcome.PASS;
        }
        Matcher m = SENTENCE.matcher(s.text());
        if (!m.matches()) return Outcome.PASS;
        String prompt = "What is the difference between " + m.group(1).strip() + " and " + m.group(2).strip() + "?";
        String answer = m.group(3).strip();
        answer = Character.toUpperCase(answer.charAt(0)) + answer.substring(1);
        return x.sink().offerBasic(BasicCard.Origin.TERM, prompt, answer, b.ctx(), s.line(), b.tagged().tags())
                ? Outcome.claimed(1) : Outcome.PASS;
    }
}
