package dca.deck;

import java.util.Locale;

/** The four shapes a card takes; each is one record implementing {@link Card}. */
public enum Kind {
    BASIC, CLOZE, LIST, CHOICE;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Kind parse(String s) {
        return Kind.valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
