package dca.notes;

import dca.deck.BasicCard;

/**
 * A cheat-sheet code block: commands each with a comment ({@code docker ps -a  # every container},
 * or a {@code # comment} line above) make one command card per command, the comment as prompt.
 * Commands without a comment are left out.
 */
final class CheatSheet implements Rule {
    private static final int MIN_COMMENTED = 2;

    @Override
    public String name() {
        return "cheat-sheet";
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        if (!CodeLines.isCode(b.node())) return Outcome.PASS;
        CodeLines code = CodeLines.of(b.node());
        if (code == null) return Outcome.miss("code in a language that is not a shell");
        long commented = code.commands().stream().filter(c -> !c.comment().isEmpty()).count();
        if (code.commands().isEmpty()) return Outcome.miss("no shell command in this code");
        if (commented < MIN_COMMENTED) return Outcome.miss("commands without a comment or caption saying what they do");
        int line = b.line() + 1;
        boolean made = false;
        java.util.List<CodeLines.Command> cmds = code.commands();
        java.util.List<Task> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < cmds.size(); i++) {
            CodeLines.Command c = cmds.get(i);
            if (c.comment().isEmpty() || Guards.notStudyText(c.comment()) != null && Strings.words(c.comment()) >= 3) continue;
            // "# nope -> --env on create": the author marks the line as the wrong way; it answers nothing.
            if (WRONG_WAY.matcher(c.comment()).find()) continue;
            // The commands under one comment line answer it together ("export, then import").
            StringBuilder answer = new StringBuilder(c.text());
            while (i + 1 < cmds.size() && cmds.get(i + 1).following()) answer.append('\n').append(cmds.get(++i).text());
            // "# just the IDs" under "# list containers" varies the task above: it goes on that card.
            // Only a variant of the same command goes there; after another command the comment says too little to ask.
            if (relative(c.comment())) {
                Task above = tasks.isEmpty() ? null : tasks.get(tasks.size() - 1);
                if (above != null && sameCommand(above.answer().toString(), c.text())) {
                    above.answer().append('\n').append(answer).append("  # ").append(c.comment());
                }
                continue;
            }
            String prompt = prompt(c.comment(), c.text());
            if (prompt == null) continue;
            tasks.add(new Task(prompt, answer, line + c.offset()));
        }
        for (Task t : tasks) {
            made |= x.sink().offerBasic(BasicCard.Origin.COMMAND, t.prompt(), t.answer().toString(), b.ctx(), t.line(), java.util.List.of());
        }
        return made ? Outcome.claimed(1) : Outcome.miss("no commented command made a new card");
    }

    private record Task(String prompt, StringBuilder answer, int line) {}

    /** "just the IDs", "only stopped ones", "on the new node", "now talks to the cluster": leans on the command above. */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "(?i)^(?:just|only|also|then|now|again|and|or|but|plus|same|instead|likewise|similarly|this time|the same"
                    + "|on (?:the|a|an|each|every|that|this)|from (?:the|a|another|that|this)|in (?:the|that|this) other|with(?:out)? (?:the|it|that|this)"
                    + "|including|excluding|except|ones?|as above|for (?:it|that|this|them))\\b.*"
                    + "|(?i).*\\b(?:ones|too|as well|instead)\\W*$");
    private static final int MAX_RELATIVE_WORDS = 6;

    private static final java.util.regex.Pattern WRONG_WAY = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:nope|wrong|not this|doesn'?t work|does not work|won'?t work|broken)\\b");

    /** Management commands whose sub-command names the task: {@code docker container rm}, not {@code docker container}. */
    private static final java.util.Set<String> GROUPS = java.util.Set.of("container", "image", "network", "volume", "service",
            "node", "stack", "swarm", "system", "compose", "builder", "buildx", "context", "plugin", "secret", "config", "trust",
            "manifest", "get", "describe", "delete", "apply", "create");

    /** {@code docker ps -q} varies {@code docker ps -a}; {@code docker rm c1} does not vary {@code docker pause c1}. */
    static boolean sameCommand(String above, String command) {
        return family(above).equals(family(command));
    }

    private static String family(String command) {
        String[] w = CommandTasks.bare(command).split("\\s+");
        int n = w.length > 2 && GROUPS.contains(w[1]) ? 3 : Math.min(2, w.length);
        return String.join(" ", java.util.Arrays.copyOf(w, n));
    }

    static boolean relative(String comment) {
        String c = comment.strip();
        // "…and the images": a comment that opens with an ellipsis goes on from the line above.
        if (c.startsWith("…") || c.startsWith("...")) return Strings.words(c) <= MAX_RELATIVE_WORDS + 2;
        return Strings.words(comment) <= MAX_RELATIVE_WORDS && RELATIVE.matcher(c).matches();
    }

    /**
     * The comment as a prompt. A one-word comment ("linux", "stack") names no task: the command's known
     * task asks instead ("Which command deploys a stack?"), else there is no card.
     */
    private static String prompt(String comment, String command) {
        if (Strings.words(comment) >= 2 && comment.codePoints().filter(Character::isLetter).count() >= 4) return comment;
        String task = CommandTasks.task(command);
        return task == null ? null : "Which command " + task + "?";
    }
}
