package dca.deck;

/** One option of a choice question. Each must make sense shown alone (DOMC). */
public record Option(String text, boolean correct) {
    public Option {
        if (text == null) text = "";
    }
}
