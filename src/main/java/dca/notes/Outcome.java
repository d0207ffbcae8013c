package dca.notes;

/** What a rule made of a block. */
sealed interface Outcome {
    /** Nothing to do with this rule. */
    Outcome PASS = new Pass();

    static Outcome claimed(int used) {
        return new Claimed(used, false);
    }

    /** The block is claimed, and the walker still reads what is inside it (the items of a list). */
    static Outcome claimedAndDescend() {
        return new Claimed(1, true);
    }

    static Outcome miss(String why) {
        return new Miss(why);
    }

    /** @param used how many sibling blocks, from this one on, the rule took */
    record Claimed(int used, boolean descend) implements Outcome {}

    record Pass() implements Outcome {}

    /** Not claimed, but nearly: {@code why} tells the author what kept it from being a card. */
    record Miss(String why) implements Outcome {}
}
