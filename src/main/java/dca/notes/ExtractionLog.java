package dca.notes;

import dca.deck.Card;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Records, while the extractor walks, which rule claimed which lines and which rule nearly matched
 * the lines nobody claimed; {@link #explain} turns it into an {@link Explanation}. Only kept when
 * explaining: the plain parse uses {@link #OFF}, which records nothing.
 */
class ExtractionLog {
    static final ExtractionLog OFF = new ExtractionLog() {
        @Override
        void claimed(Node n, String rule, int used, List<Node> siblings, int index, int cardsBefore, int cardsAfter) {}

        @Override
        void missed(Node n, String rule, String why) {}

        @Override
        void skipped(int from, int to, String rule, String why) {}

        @Override
        void made(List<Explanation.Made> cards) {}

        @Override
        boolean on() {
            return false;
        }
    };

    private record Span(int from, int to, String rule, String note, boolean made, boolean skipped) {
        int size() {
            return to - from;
        }
    }

    private final List<Span> spans = new ArrayList<>();
    private final List<Explanation.Made> made = new ArrayList<>();

    /** Cards made (with their rules), for the line-by-line report. */
    void made(List<Explanation.Made> cards) {
        made.addAll(cards);
    }

    boolean on() {
        return true;
    }

    /** {@code rule} claimed {@code used} blocks from {@code index}; the sink held the given card counts before and after. */
    void claimed(Node n, String rule, int used, List<Node> siblings, int index, int cardsBefore, int cardsAfter) {
        int from = InlineText.line(n);
        int to = lastLine(siblings.get(Math.min(siblings.size() - 1, index + Math.max(1, used) - 1)));
        boolean made = cardsAfter > cardsBefore;
        spans.add(new Span(from, Math.max(from, to), rule, made ? "" : "claimed, no card", made, !made));
    }

    void missed(Node n, String rule, String why) {
        int from = InlineText.line(n);
        spans.add(new Span(from, Math.max(from, lastLine(n)), rule, why, false, false));
    }

    void skipped(int from, int to, String rule, String why) {
        spans.add(new Span(from, Math.max(from, to), rule, why, false, true));
    }

    static int lastLine(Node n) {
        List<SourceSpan> s = n.getSourceSpans();
        if (s == null || s.isEmpty()) return InlineText.line(n);
        return s.get(s.size() - 1).getLineIndex() + 1;
    }

    /** Line by line, from the file's text, its cards with the rules that made them, and the spans recorded. */
    Explanation explain(ParsedNotes parsed, String[] lines, List<Integer> headingLines, int frontMatterEnd) {
        Map<Integer, List<Explanation.Made>> byLine = new TreeMap<>();
        for (Explanation.Made m : made) byLine.computeIfAbsent(m.card().source().line(), k -> new ArrayList<>()).add(m);
        List<Explanation.Line> out = new ArrayList<>();
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String text = lines[i];
            String t = text.strip();
            boolean fence = t.startsWith("```") || t.startsWith("~~~");
            List<Explanation.Made> cards = byLine.getOrDefault(number, List.of());
            if (!cards.isEmpty()) {
                out.add(new Explanation.Line(number, text, Explanation.Verdict.CARD, cards.get(0).rule(), "", cards));
            } else if (number <= frontMatterEnd || t.isEmpty() || fence && !inFence && innermost(number) == null) {
                out.add(new Explanation.Line(number, text, Explanation.Verdict.BLANK, "", "", List.of()));
            } else if (headingLines.contains(number) && innermost(number) == null) {
                out.add(new Explanation.Line(number, text, Explanation.Verdict.HEADING, "", "", List.of()));
            } else {
                Span s = innermost(number);
                if (s == null) {
                    out.add(new Explanation.Line(number, text, fence ? Explanation.Verdict.BLANK : Explanation.Verdict.NONE,
                            "", "", List.of()));
                } else if (s.made()) {
                    out.add(new Explanation.Line(number, text, Explanation.Verdict.PART, s.rule(),
                            "part of the card on line " + firstCardLine(byLine, s), List.of()));
                } else if (s.skipped()) {
                    out.add(new Explanation.Line(number, text, Explanation.Verdict.SKIPPED, s.rule(), s.note(), List.of()));
                } else {
                    out.add(new Explanation.Line(number, text, Explanation.Verdict.NONE, s.rule(), s.note(), List.of()));
                }
            }
            if (fence) inFence = !inFence;
        }
        return new Explanation(parsed, out);
    }

    private static int firstCardLine(Map<Integer, List<Explanation.Made>> byLine, Span s) {
        for (int l = s.from(); l <= s.to(); l++) if (byLine.containsKey(l)) return l;
        return s.from();
    }

    /** The smallest recorded span holding the line; of equal ones, the last recorded (the deepest). */
    private Span innermost(int line) {
        Span best = null;
        for (Span s : spans) {
            if (s.from() <= line && line <= s.to() && (best == null || s.size() <= best.size())) best = s;
        }
        return best;
    }
}
