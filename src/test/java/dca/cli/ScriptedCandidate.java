package dca.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Standard input for a plain-mode exam that reads the screen before answering, as a person would:
 * each time dca wants a line, it looks at the last prompt printed and asks {@code policy} for the
 * answer. Options in the fixture say whether they are right, so a policy can answer on purpose.
 */
final class ScriptedCandidate extends PromptedInput {
    /** What the candidate sees when asked. */
    record Prompt(int number, String question, boolean domc, String option, List<String> letters) {
        String domain() { return question.split(" ")[0]; }
    }

    private final ByteArrayOutputStream screen;
    private final BiFunction<Prompt, Integer, String> policy;
    private int asked;
    private final int limit;

    /** {@code policy(prompt, n)} gets the n-th prompt (0-based); null ends the input. */
    ScriptedCandidate(ByteArrayOutputStream screen, int limit, BiFunction<Prompt, Integer, String> policy) {
        this.screen = screen;
        this.policy = policy;
        this.limit = limit;
    }

    @Override
    protected String next() {
        if (asked >= limit) return null;
        return policy.apply(prompt(), asked++);
    }

    private Prompt prompt() {
        String[] lines = screen.toString(StandardCharsets.UTF_8).split("\n");
        int header = -1;
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].matches("\\[\\d\\d:\\d\\d left\\] Question \\d+ of \\d+ .*")) {
                header = i;
                break;
            }
        }
        if (header < 0) throw new IllegalStateException("no question on screen:\n" + String.join("\n", lines));
        String question = lines[header + 1];
        int number = Integer.parseInt(lines[header].replaceAll("^.*Question (\\d+) of.*$", "$1"));
        boolean domc = lines[header].contains("(DOMC)");
        String option = null;
        List<String> letters = new ArrayList<>();
        for (int i = header + 2; i < lines.length; i++) {
            if (lines[i].startsWith("  > ")) option = lines[i].substring(4);
            if (lines[i].matches("  [a-z]\\) .*")) letters.add(lines[i].substring(5));
        }
        return new Prompt(number, question, domc, option, letters);
    }
}
