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
        for (CodeLines.Command c : code.commands()) {
            if (c.comment().isEmpty() || Guards.notStudyText(c.comment()) != null && Strings.words(c.comment()) >= 3) continue;
            made |= x.sink().offerBasic(BasicCard.Origin.COMMAND, c.comment(), c.text(), b.ctx(), line + c.offset(), java.util.List.of());
        }
        return made ? Outcome.claimed(1) : Outcome.miss("no commented command made a new card");
    }
}
