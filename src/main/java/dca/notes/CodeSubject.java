package dca.notes;

import dca.deck.BasicCard;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence about a Dockerfile instruction or a long flag, written as its subject: "`FROM` sets
 * the base image" asks "What does the `FROM` instruction do?", "`--rm` removes the container when
 * it exits" asks "What does `--rm` do?". Commands in that place are {@link CommandSentence}'s.
 */
final class CodeSubject implements SentenceRule {
    private static final Pattern SUBJECT = Pattern.compile("^`([^`]+)`\\s+([a-z][^`]*?)[.!]?$");
    private static final Pattern INSTRUCTION = Pattern.compile(
            "FROM|RUN|CMD|ENTRYPOINT|COPY|ADD|ENV|ARG|EXPOSE|VOLUME|WORKDIR|USER|HEALTHCHECK|LABEL|ONBUILD|STOPSIGNAL|SHELL");
    private static final Pattern LONG_FLAG = Pattern.compile("--[a-z][a-z0-9-]+");
    private static final Pattern THIRD_PERSON = Pattern.compile("[a-z]+(?<!s)(?<!ion)s|has|does");
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 25;

    @Override
    public String name() {
        return "code-subject";
    }

    @Override
    public Outcome apply(Sentence s, Block b, Extraction x) {
        Matcher m = SUBJECT.matcher(s.text());
        if (!m.matches()) return Outcome.PASS;
        String code = m.group(1).strip();
        String predicate = m.group(2).strip();
        boolean instruction = INSTRUCTION.matcher(code).matches();
        if (!instruction && !LONG_FLAG.matcher(code).matches()) return Outcome.PASS;
        // A verb of its own ("sets", "removes", "has"), not "only works …" or "instructions are …".
        String verb = Strings.firstWord(predicate);
        if (!THIRD_PERSON.matcher(verb).matches() || !Verbs.startsPredicate(verb)) return Outcome.PASS;
        if (predicate.contains(". ")) return Outcome.PASS; // two sentences the splitter kept together
        int words = Strings.words(predicate);
        if (words < MIN_WORDS || words > MAX_WORDS) return Outcome.miss("too short or too long to ask what `" + code + "` does");
        if (Verbs.negated(predicate)) {
            return Outcome.miss("says what `" + code + "` is not");
        }
        String why = Guards.notStudyText(s.text());
        if (why != null) return Outcome.miss(why);
        String prompt = instruction ? "What does the `" + code + "` instruction do?" : "What does `" + code + "` do?";
        String answer = Character.toUpperCase(predicate.charAt(0)) + predicate.substring(1);
        return x.sink().offerBasic(BasicCard.Origin.TERM, prompt, answer, b.ctx(), s.line(), b.tagged().tags())
                ? Outcome.claimed(1) : Outcome.PASS;
    }
}
