package dca.deck;

import java.util.List;

/** A deck name that matches nothing; carries the closest names for "did you mean". */
public class UnknownDeckException extends Exception {
    private final String name;
    private final List<String> suggestions;
    private final List<String> available;

    public UnknownDeckException(String name, List<String> suggestions, List<String> available) {
        super("no deck named \"" + name + "\"");
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
        this.available = List.copyOf(available);
    }

    public String name() { return name; }
    public List<String> suggestions() { return suggestions; }
    public List<String> available() { return available; }
}
