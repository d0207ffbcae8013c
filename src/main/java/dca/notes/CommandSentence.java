package dca.notes;

import dca.deck.BasicCard;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command inside a sentence becomes a command card asking for it: "`docker ps -a` lists all
 * containers" asks "Which command lists all containers?"; "Use `docker exec` to open a shell",
 * "To open a shell, run `docker exec`" the same. A label of another shape than {@code Label: `cmd`}
 * (no colon, or text after the command, up to 12 words of label) asks with the label.
 */
final class CommandSentence implements SentenceRule {
    private static final String CODE = "`([^`]+)`";
    private static final Pattern SUBJECT = Pattern.compile("^" + CODE + "\\s+(?:(?:is\\s+)?used\\s+)?(?:to\\s+)?([a-z][^`]*?)[.!]?$");
    private static final Pattern USE = Pattern.compile(
            "(?i)^(?:use|run|type|execute|try)\\s+(?:the\\s+)?" + CODE + "(?:\\s+command)?\\s+to\\s+([^`]+?)[.!]?$");
    private static final Pattern TO_USE = Pattern.compile("(?i)^to\\s+([^`,]+?),\\s*(?:use|run|type|execute)\\s+" + CODE + "[.!]?$");
    private static final Pattern LABEL = Pattern.compile("^([^`:]+?)\\s*[:\\-–—,]?\\s*" + CODE + "(?:\\s*(?:[.;,:]|\\s[-–—])\\s+(\\S.*?))?[.!]?$");
    private static final Pattern SENTENCE_LABEL = Pattern.compile(
            "(?i).*\\b(?:with|using|via|by|run|use|uses|type|execute|is|are|the|a|an|command|like|and|or|of|to|in|on|from|as"
                    + "|returns|runs|gives|shows|same|any|all)$|(?i)^(?:it|this|that|they|these|those|there|which|then|and|or|but|so"
                    + "|a|an|the|if|when|while|because|since|although|unless|once|after|before|until|in|on|for)\\b.*"
                    + "|.*[.!?;,].*|(?i).*\\b(?:is|are|was|were)\\b.*");
    /** "Create a container. Ex:" – the example marker is not part of the label. */
    private static final Pattern EXAMPLE_MARK = Pattern.compile("(?i)[\\s.,;(]*(?:ex|eg|e\\.g|example|for example|i\\.e)[.:]*$");
    private static final int MAX_LABEL_WORDS = 12;

    /** A command, not a path that happens to end in a program's name ("/var/lib/docker/swarm"). */
    private static boolean command(String code) {
        String c = code.strip();
        return CommandWords.isCommand(c) && !(c.startsWith("/") || c.startsWith("~")) || c.endsWith(".sh");
    }

    @Override
    public String name() {
        return "command-sentence";
    }

    @Override
    public Outcome apply(Sentence s, Block b, Extraction x) {
        String text = s.text();
        if (text.indexOf('`') < 0 || text.endsWith(":")) return Outcome.PASS;
        Matcher m;
        String command = null;
        String prompt = null;
        String note = "";
        if ((m = SUBJECT.matcher(text)).matches() && command(m.group(1))
                && Verbs.startsPredicate(Strings.firstWord(m.group(2))) && Strings.words(m.group(2)) >= 2) {
            command = m.group(1);
            String predicate = m.group(2);
            // "… does X; more about it": ask about the first clause, keep the rest beside the answer.
            int cut = ClozeSyntax.maskCode(predicate).indexOf("; ");
            if (cut > 0) {
                note = predicate.substring(cut + 2).strip();
                predicate = predicate.substring(0, cut).strip();
            }
            if (predicate.matches("(?i)works\\b.*\\bbut\\b.*") || Strings.words(predicate) < 2) return Outcome.PASS;
            if (Verbs.negated(predicate)) {
                return Outcome.miss("says what the command is not");
            }
            // "`cmd` to follow the logs" states a purpose: ask how it is done.
            prompt = text.substring(m.end(1) + 1).strip().startsWith("to ") ? "How do you " + predicate + "?"
                    : "Which command " + Verbs.thirdPerson(predicate) + "?";
        } else if ((m = USE.matcher(text)).matches() && command(m.group(1))) {
            command = m.group(1);
            prompt = "How do you " + m.group(2).strip() + "?";
        } else if ((m = TO_USE.matcher(text)).matches() && command(m.group(2))) {
            command = m.group(2);
            prompt = "How do you " + m.group(1).strip() + "?";
        } else if ((m = LABEL.matcher(text)).matches() && command(m.group(2))) {
            String label = EXAMPLE_MARK.matcher(m.group(1).strip()).replaceFirst("").strip();
            int words = Strings.words(label);
            command = m.group(2);
            note = m.group(3) == null ? "" : m.group(3).strip();
            if (note.indexOf('`') >= 0 || note.endsWith("?")) return Outcome.PASS;
            if (words < 2 || words > MAX_LABEL_WORDS || SENTENCE_LABEL.matcher(label).matches()) {
                // "Run `docker run …`", "Building via `docker build …`": the label says less than the command's own task.
                String task = words <= 3 && !QaSyntax.isQuestion(label) ? CommandTasks.task(command) : null;
                if (task == null || note.length() > 0) return Outcome.PASS;
                String apart = CommandTasks.distinguishing(command);
                prompt = "Which command " + task + (apart.isEmpty() ? "" : ", " + apart) + "?";
            } else {
                prompt = label;
            }
        }
        if (command == null) return Outcome.PASS;
        if (note.indexOf('`') >= 0 && note.length() > 0 && prompt.startsWith("Which")) note = note.strip();
        String c = command.strip();
        if (c.startsWith("$ ")) c = c.substring(2).strip();
        String answer = note.isEmpty() ? c : c + "\n(" + note + ")";
        return x.sink().offerBasic(BasicCard.Origin.COMMAND, prompt, answer, b.ctx(), s.line(), b.tagged().tags())
                ? Outcome.claimed(1) : Outcome.PASS;
    }
}
