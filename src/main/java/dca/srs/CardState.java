package dca.srs;

import java.util.Locale;

/** FSRS card states, numbered as ts-fsrs numbers them (New=0 … Relearning=3). */
public enum CardState {
    NEW, LEARNING, REVIEW, RELEARNING;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static CardState parse(String s) {
        return CardState.valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
