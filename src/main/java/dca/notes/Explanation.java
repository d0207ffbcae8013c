package dca.notes;

import dca.deck.Card;
import java.util.List;

/**
 * What {@code dca check --explain} shows: for each line of a notes file, the cards it became (with
 * the rule that made them), the card it is part of, what skipped it, or, for a content line that
 * made no card, the rule that nearly matched and why it did not.
 */
public record Explanation(ParsedNotes parsed, List<Line> lines) {
    public Explanation {
        lines = List.copyOf(lines);
    }

    /** How a line fared. */
    public enum Verdict {
        /** One or more cards start on this line. */
        CARD,
        /** The line belongs to a card that starts on another line (an answer, a list item). */
        PART,
        /** A heading: context for the cards below it. */
        HEADING,
        /** Deliberately not a card (a TODO, a link list, a meeting section, {@code implicit: false}). */
        SKIPPED,
        /** A content line that made no card. */
        NONE,
        /** Blank lines, front matter and code fences. */
        BLANK
    }

    /**
     * @param rule  the rule that made the cards, claimed the line, or nearly matched it (empty when none did)
     * @param note  why a line was skipped or missed, or where the card it is part of starts
     * @param cards the cards starting on this line
     */
    public record Line(int number, String text, Verdict verdict, String rule, String note, List<Made> cards) {
        public Line {
            cards = List.copyOf(cards);
        }
    }

    public record Made(String rule, Card card) {}

    private static final int TEXT = 64;

    /**
     * The report as plain text lines: every non-blank line of the file with its number, then, indented,
     * each card it became ({@code + rule: kind "prompt" -> answer}), or why it made none.
     */
    public List<String> report() {
        List<String> out = new java.util.ArrayList<>();
        int cards = 0;
        int none = 0;
        for (Line l : lines) {
            if (l.verdict() == Verdict.BLANK) continue;
            String text = clip(l.text().strip(), TEXT);
            out.add(String.format("%5d  %s", l.number(), text));
            switch (l.verdict()) {
                case CARD -> {
                    for (Made m : l.cards()) {
                        cards++;
                        out.add("       + " + m.rule() + ": " + m.card().kind().label() + " \"" + clip(oneLine(m.card().prompt()), 70)
                                + "\" -> " + clip(oneLine(m.card().answer()), 50));
                    }
                }
                case PART -> out.add("       = " + l.note() + " (" + l.rule() + ")");
                case SKIPPED -> out.add("       - skipped by " + l.rule() + (l.note().isEmpty() ? "" : ": " + l.note()));
                case NONE -> {
                    none++;
                    out.add("       ! no card" + (l.rule().isEmpty() ? "" : "; nearest rule " + l.rule() + ": " + l.note()));
                }
                default -> { }
            }
        }
        out.add(parsed.file() + ": " + cards + " cards from " + lines.stream().filter(l -> l.verdict() == Verdict.CARD).count()
                + " lines; " + none + " content lines made no card");
        return out;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
