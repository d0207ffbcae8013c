package dca.notes;

import dca.deck.BasicCard;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence that defines a term: "A container is a runnable instance of an image" asks "What is a
 * container?"; "X is used to/for …" asks what X is used for; "X means/stands for …" what X means.
 * The subject must be a short noun phrase, not a pronoun ("It is …", "This is …").
 */
final class SentenceDefinition implements SentenceRule {
    private static final Pattern IS_A = Pattern.compile(
            "^((?:(?:A|An|The)\\s+)?[^,;:()]{1,50}?(?:\\s+\\([A-Za-z0-9 .-]{1,30}\\))?)\\s+(is|are)\\s+((?:a|an|the|one of the|one (?:that|which|whose))\\s+[^.]+?(?:\\.[^.]+?)?)[.!]?$");
    private static final Pattern USED = Pattern.compile("^((?:(?:A|An|The)\\s+)?[^,;:()]{1,50}?)\\s+(is|are)\\s+used\\s+(to|for)\\s+(.+?)[.!]?$");
    private static final Pattern MEANS = Pattern.compile("^((?:(?:A|An|The)\\s+)?[^,;:()]{1,50}?)\\s+(means|refers to|stands for)\\s+(.+?)[.!]?$");
    private static final Set<String> NOT_SUBJECTS = Set.of("it", "this", "that", "they", "these", "those", "there", "here",
            "which", "what", "who", "each", "all", "some", "most", "both", "every", "one", "he", "she", "you", "its", "their",
            "such", "another", "other", "also", "so", "but", "and", "or", "if", "when", "then", "now", "below", "above",
            "following", "next", "last",
            // "Seven managers is the most …": a count, not a term.
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "few", "several");
    /** "a great way to …", "the best choice": a judgement, not what the thing is. */
    private static final Pattern OPINION = Pattern.compile(
            "(?i)(?:a|an|the|one of the)\\s+(?:very\\s+|really\\s+)?(?:great|good|nice|bad|poor|better|best|worse|worst|important"
                    + "|useful|easy|simple|common|popular|powerful|cool|big|huge|major|key|main|real|whole|same|different|new|little)\\b");
    /** "The file", "the command": points back at something named earlier. */
    private static final Pattern ANAPHORA = Pattern.compile(
            "(?i)^the\\s+(?:file|command|flag|option|result|output|process|same|first|second|last|other|following|above|below"
                    + "|idea|point|reason|answer|problem|solution|way|difference|thing|one|rest|example|case|step|goal|trick|catch)$");
    private static final int MAX_SUBJECT_WORDS = 5;
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?i)(?:the\\s+)?(?:name|value|purpose|goal|job|role|size|number|type|kind|part|point|idea|result|output|reason|benefit"
                    + "|advantage|problem|issue|default|location|path|format|content|contents|meaning|use|aim|main|key)\\s+(?:of|for)\\b");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z']");
    private static final Pattern CLAUSE_WORD = Pattern.compile("(?i)\\b(?:is|are|was|were|can|will|has|have|does|do|not|if|when|because)\\b");
    private static final int MAX_WORDS = 40;

    @Override
    public String name() {
        return "sentence-definition";
    }

    @Override
    public Outcome apply(Sentence s, Block b, Extraction x) {
        String text = s.text();
        if (s.words() > MAX_WORDS || text.endsWith(":")) return Outcome.PASS;
        if (!text.contains(" is ") && !text.contains(" are ") && !text.contains(" means ") && !text.contains(" refers to ")
                && !text.contains(" stands for ")) {
            return Outcome.PASS;
        }
        Matcher m;
        String prompt;
        String answer;
        if ((m = USED.matcher(text)).matches() && subject(m.group(1))) {
            prompt = "What " + m.group(2) + " " + lowerArticle(m.group(1)) + " used for?";
            answer = (m.group(3).equals("to") ? "to " : "") + m.group(4);
        } else if ((m = MEANS.matcher(text)).matches() && subject(m.group(1))) {
            String verb = m.group(2).equals("stands for") ? "stand for" : "mean";
            prompt = "What does " + lowerArticle(m.group(1)) + " " + verb + "?";
            answer = m.group(3);
        } else if ((m = IS_A.matcher(text)).matches() && subject(m.group(1))) {
            prompt = "What " + m.group(2) + " " + lowerArticle(m.group(1)) + "?";
            answer = m.group(3);
        } else {
            return Outcome.PASS;
        }
        if (Strings.words(answer) < 2) return Outcome.PASS;
        // "X is used to an application": not a purpose (a typo or a clipped sentence).
        if (m.pattern() == USED && m.group(3).equals("to") && m.group(4).matches("(?i)(?:a|an|the)\\s.*")) return Outcome.PASS;
        if (OPINION.matcher(answer).lookingAt()) return Outcome.miss("an opinion, not a definition");
        if (answer.toLowerCase(Locale.ROOT).startsWith("the default")) return Outcome.miss("says what the default is, not what it is");
        answer = Character.toUpperCase(answer.charAt(0)) + answer.substring(1);
        return x.sink().offerBasic(BasicCard.Origin.TERM, prompt, answer, b.ctx(), s.line(), b.tagged().tags())
                ? Outcome.claimed(1) : Outcome.PASS;
    }

    private static boolean subject(String subject) {
        String s = subject.strip();
        int words = Strings.words(s);
        if (words == 0 || words > MAX_SUBJECT_WORDS || s.codePoints().noneMatch(Character::isLetter)) return false;
        // "`# This is a comment`": the verb sits inside code, so the sentence is code, not a definition.
        if (s.chars().filter(c -> c == '`').count() % 2 == 1) return false;
        String first = NOT_LETTERS.matcher(Strings.firstWord(s).toLowerCase(Locale.ROOT)).replaceAll("");
        if (NOT_SUBJECTS.contains(first)) return false;
        if (ANAPHORA.matcher(s).matches()) return false;
        // "Name of file is …", "The purpose of X is …": an attribute of something, not a term to define.
        if (ATTRIBUTE.matcher(s).lookingAt()) return false;
        // A subject is a noun phrase: no verb-like words joining clauses.
        return !CLAUSE_WORD.matcher(s).find();
    }

    /** "The ingress network" → "the ingress network"; a name ("Docker Hub") keeps its capital. */
    private static String lowerArticle(String subject) {
        String s = subject.strip();
        for (String a : new String[] {"A ", "An ", "The "}) {
            if (s.startsWith(a)) return a.toLowerCase(Locale.ROOT) + s.substring(a.length());
        }
        return s;
    }
}
