package dca.deck;

import java.util.List;

/** "Name the …" card: a caption and the 2–12 short items listed under it; self-graded. */
public record ListCard(CardMeta meta, String prompt, List<String> items) implements Card {
    public ListCard {
        if (prompt == null) prompt = "";
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public Kind kind() { return Kind.LIST; }

    @Override
    public <R> R accept(CardVisitor<R> visitor) { return visitor.list(this); }

    @Override
    public String answer() {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            if (sb.length() > 0) sb.append('\n');
            sb.append("- ").append(item);
        }
        return sb.toString();
    }
}
