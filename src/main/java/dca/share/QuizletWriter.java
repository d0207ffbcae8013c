package dca.share;

import dca.deck.Card;
import dca.deck.CardVisitor;
import dca.deck.Deck;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Quizlet's import text: term, a tab, definition, one card per line. Quizlet has no multi-line
 * fields, so lines inside a prompt or answer are joined with "; ".
 */
public final class QuizletWriter {
    private QuizletWriter() {}

    public static void write(List<Deck> decks, Writer out) throws IOException {
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                out.write(flat(term(c)));
                out.write('\t');
                out.write(flat(definition(c)));
                out.write('\n');
            }
        }
        out.flush();
    }

    private static String term(Card c) {
        return c.accept(CardVisitor.of(Card::prompt, Card::prompt, Card::prompt, q -> {
            StringBuilder sb = new StringBuilder(q.prompt());
            for (int i = 0; i < q.options().size(); i++) {
                sb.append('\n').append(AnkiNotes.letter(i)).append(". ").append(q.options().get(i).text());
            }
            return sb.toString();
        }));
    }

    private static String definition(Card c) {
        return c.accept(CardVisitor.of(Card::answer, Card::answer, l -> String.join("\n", l.items()), q -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < q.options().size(); i++) {
                if (q.options().get(i).correct()) {
                    if (sb.length() > 0) sb.append('\n');
                    sb.append(AnkiNotes.letter(i)).append(". ").append(q.options().get(i).text());
                }
            }
            if (!q.explanation().isBlank()) sb.append('\n').append(q.explanation());
            return sb.toString();
        }));
    }

    /** One line: inner line breaks become "; ", tabs spaces, control characters go. */
    static String flat(String s) {
        String t = CleanText.clean(s).replace('\t', ' ').strip();
        return String.join("; ", t.lines().map(String::strip).filter(x -> !x.isEmpty()).toList());
    }
}
