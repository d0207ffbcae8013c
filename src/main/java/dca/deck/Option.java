package dca.deck;

/**
 * One option of a choice question. Each must make sense shown alone (DOMC).
 *
 * @param fixed marked in the notes ({@code <!-- fixed -->}) to keep its written place when the options are shuffled
 */
public record Option(String text, boolean correct, boolean fixed) {
    public Option {
        if (text == null) text = "";
    }

    public Option(String text, boolean correct) {
        this(text, correct, false);
    }
}
