package dca.deck;

import java.util.List;

/**
 * A multiple-choice question: one or more right options, an explanation of why, and optionally a
 * link to the documentation that backs it. Auto-graded in the drill and usable in the exam.
 */
public record ChoiceCard(CardMeta meta, String prompt, List<Option> options, String explanation, String link)
        implements Card {
    public ChoiceCard {
        if (prompt == null) prompt = "";
        options = options == null ? List.of() : List.copyOf(options);
        if (explanation == null) explanation = "";
        if (link == null) link = "";
    }

    @Override
    public Kind kind() { return Kind.CHOICE; }

    @Override
    public <R> R accept(CardVisitor<R> visitor) { return visitor.choice(this); }

    public List<Option> correctOptions() {
        return options.stream().filter(Option::correct).toList();
    }

    public boolean multipleAnswers() {
        return correctOptions().size() > 1;
    }

    @Override
    public String answer() {
        StringBuilder sb = new StringBuilder();
        for (Option o : correctOptions()) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(o.text());
        }
        return sb.toString();
    }
}
