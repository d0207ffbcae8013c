package dca.share;

import dca.deck.Card;
import dca.deck.CardVisitor;
import dca.deck.Deck;
import dca.deck.Option;
import dca.deck.OptionOrder;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Quizlet's import text: term, a tab, definition, one card per line. Quizlet shows plain text: it
 * has no multi-line fields, so lines inside a prompt or answer are joined with "; ", and code
 * loses the backticks the notes mark it with. Choice options are in {@link OptionOrder}.
 */
public final class QuizletWriter {
    private static final Pattern CODE = Pattern.compile("`([^`\n]+)`");
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
            List<Option> options = OptionOrder.forExport(q);
            StringBuilder sb = new StringBuilder(q.prompt());
            for (int i = 0; i < options.size(); i++) {
                sb.append('\n').append(AnkiNotes.letter(i)).append(". ").append(options.get(i).text());
            }
            return sb.toString();
        }));
    }

    private static String definition(Card c) {
        return c.accept(CardVisitor.of(Card::answer, Card::answer, l -> String.join("\n", l.items()), q -> {
            List<Option> options = OptionOrder.forExport(q);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).correct()) {
                    if (sb.length() > 0) sb.append('\n');
                    sb.append(AnkiNotes.letter(i)).append(". ").append(options.get(i).text());
                }
            }
            if (!q.explanation().isBlank()) sb.append('\n').append(q.explanation());
            return sb.toString();
        }));
    }

    /** One line of plain text: inner line breaks become "; ", tabs spaces, code spans lose their backticks, control characters go. */
    static String flat(String s) {
        String t = CODE.matcher(CleanText.clean(s)).replaceAll("$1").replace('\t', ' ').strip();
        return String.join("; ", t.lines().map(String::strip).filter(x -> !x.isEmpty()).toList());
    }
}
