package dca.notes;

import org.commonmark.node.ListItem;

/**
 * The slot of {@link Rules} right after explicit syntax: the file's {@link QuestionBank} takes
 * numbered questions with lettered options (and their answers) before any guard or implicit rule
 * reads their lines as plain notes. It is offered the blocks of a section, as the bank expects, not
 * the bullets of a list one by one.
 */
final class QuestionBankRule implements Rule {
    @Override
    public String name() {
        return "question-bank";
    }

    @Override
    public boolean implicit() {
        return false;
    }

    @Override
    public Outcome apply(Block b, Extraction x) {
        int taken = claim(b, x);
        return taken > 0 ? Outcome.claimed(taken) : Outcome.PASS;
    }

    /** How many blocks from {@code b} on the question bank takes; 0 for none. */
    static int claim(Block b, Extraction x) {
        if (x.questionBank() == null || b.node() instanceof ListItem || b.inItem()) return 0;
        return x.questionBank().claim(b.siblings(), b.index(), b.ctx());
    }
}
