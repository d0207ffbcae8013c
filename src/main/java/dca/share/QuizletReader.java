package dca.share;

import dca.deck.BasicCard;
import dca.deck.Card;
import dca.deck.CardId;
import dca.deck.CardMeta;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.DeckCatalog;
import dca.deck.Kind;
import dca.deck.Option;
import dca.deck.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quizlet's export text: one card per line, term, a tab, definition. A question written the way
 * {@link QuizletWriter} writes choice cards ({@code Prompt; A. one; B. two} with the right
 * options first in the definition, {@code B. two; why}) comes back as a choice card; everything else
 * is a question and its answer. Quizlet has no ids: they come from the prompts.
 */
final class QuizletReader {
    private static final Pattern OPTION = Pattern.compile("([A-Z])\\. (.+)");

    private QuizletReader() {}

    /** True when every non-blank line is term TAB definition, both sides non-empty. */
    static boolean looksLikeQuizlet(String text) {
        int rows = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) return false;
            rows++;
        }
        return rows > 0;
    }

    static ImportedDecks read(String text, String fileName, String stem) throws ImportException {
        String deckName = DeckCatalog.slug(stem).isEmpty() ? "imported" : DeckCatalog.slug(stem);
        List<Card> cards = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String[] cols = lines[i].split("\t", -1);
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new ImportException(fileName + ": line " + (i + 1) + " is not term TAB definition",
                        "each line of a Quizlet file holds one term, a tab and its definition");
            }
            Card c = card(cols[0].strip(), cols[1].strip(), deckName, new Source(fileName, i + 1));
            if (!ids.add(c.id().value())) continue; // Quizlet sets repeat terms; the first one counts
            cards.add(c);
        }
        Deck deck = new Deck(deckName, 0, stem, List.of(), fileName, cards);
        return new ImportedDecks(DeckImporter.Format.QUIZLET, List.of(deck), java.util.Map.of(), List.of());
    }

    private static Card card(String term, String definition, String deck, Source src) {
        ChoiceCard q = choice(term, definition, deck, src);
        if (q != null) return q;
        return new BasicCard(new CardMeta(CardId.of(Kind.BASIC, deck, term), null, List.of(), src, List.of()),
                BasicCard.Origin.QA, term, definition);
    }

    /** {@code Prompt; A. x; B. y} / {@code B. y; explanation}, or null when the line is not one. */
    private static ChoiceCard choice(String term, String definition, String deck, Source src) {
        String[] t = term.split("; ");
        if (t.length < 3) return null;
        List<String> options = new ArrayList<>();
        int first = -1;
        for (int i = 1; i < t.length; i++) {
            Matcher m = OPTION.matcher(t[i]);
            if (m.matches() && m.group(1).charAt(0) == 'A' + options.size()) {
                if (first < 0) first = i;
                options.add(m.group(2));
            } else if (first >= 0) {
                return null;
            }
        }
        if (options.size() < 2 || first < 1 || first + options.size() != t.length) return null;
        String prompt = String.join("; ", java.util.Arrays.asList(t).subList(0, first));
        String[] d = definition.split("; ");
        Set<Integer> right = new LinkedHashSet<>();
        int k = 0;
        while (k < d.length) {
            Matcher m = OPTION.matcher(d[k]);
            if (!m.matches()) break;
            int letter = m.group(1).charAt(0) - 'A';
            if (letter >= options.size() || !options.get(letter).equals(m.group(2))) return null;
            right.add(letter);
            k++;
        }
        if (right.isEmpty()) return null;
        List<Option> opts = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) opts.add(new Option(options.get(i), right.contains(i)));
        String explanation = String.join("; ", java.util.Arrays.asList(d).subList(k, d.length));
        return new ChoiceCard(new CardMeta(CardId.of(Kind.CHOICE, deck, prompt), null, List.of(), src, List.of()),
                prompt, opts, explanation, "");
    }
}
