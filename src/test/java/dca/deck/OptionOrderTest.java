package dca.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionOrderTest {
    static List<Option> options(String... texts) {
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) out.add(new Option(texts[i], i == 0));
        return out;
    }

    @Test
    void withNothingKeptInPlaceItDrawsExactlyAsCollectionsShuffle() {
        // The exam shuffles with its own seeded generator: its order must not change.
        List<Option> four = options("docker0", "eth0", "br-int", "virbr0");
        for (long seed = 0; seed < 50; seed++) {
            List<Option> expected = new ArrayList<>(four);
            Collections.shuffle(expected, new Random(seed));
            Random rng = new Random(seed);
            assertEquals(expected, OptionOrder.shuffle(four, rng));
        }
    }

    @Test
    void optionsMarkedFixedAndOptionsPointingAtTheOthersKeepTheirPlace() {
        List<Option> written = List.of(new Option("docker0", true), new Option("eth0", false), new Option("br-int", false),
                new Option("Let the daemon choose", false, true), new Option("All of the above", false));
        Set<List<Option>> orders = new HashSet<>();
        for (int n = 0; n < 40; n++) {
            List<Option> shown = OptionOrder.forReview(new CardId("ch11-bridge"), n, written);
            assertEquals(written.get(3), shown.get(3));
            assertEquals(written.get(4), shown.get(4));
            assertEquals(Set.copyOf(written.subList(0, 3)), Set.copyOf(shown.subList(0, 3)));
            orders.add(shown);
        }
        assertEquals(6, orders.size(), "the three free options take every order");
        assertTrue(OptionOrder.staysInPlace(new Option("None of these", false)));
        assertFalse(OptionOrder.staysInPlace(new Option("Removes all of the stopped containers", false)));
    }

    @Test
    void aQuestionWhoseOptionsNameOthersByLetterKeepsTheAuthorsOrder() {
        List<Option> written = options("--publish", "--expose", "-P", "Both A and C");
        for (int n = 0; n < 20; n++) {
            assertEquals(written, OptionOrder.forReview(new CardId("ch07-publish"), n, written));
        }
        assertFalse(OptionOrder.citesLetters(options("Run a container", "Pull an image", "Create a volume")));
    }

    @Test
    void theSameCardAndCountGiveTheSameOrderAndTheRightOptionIsSpreadOverThePositions() {
        List<Option> four = options("right", "w1", "w2", "w3");
        int[] rightAt = new int[4];
        int changed = 0;
        int cards = 400;
        for (int c = 0; c < cards; c++) {
            CardId id = new CardId("card-" + c);
            List<Option> at0 = OptionOrder.forReview(id, 0, four);
            assertEquals(at0, OptionOrder.forReview(id, 0, four));
            if (!at0.equals(OptionOrder.forReview(id, 1, four))) changed++;
            rightAt[at0.indexOf(four.get(0))]++;
        }
        // 1 in 24 orders repeat by chance; neighbouring counts must not be correlated.
        assertTrue(changed > cards * 0.9, "changed " + changed + " of " + cards);
        for (int n : rightAt) assertTrue(n > cards * 0.18 && n < cards * 0.32, java.util.Arrays.toString(rightAt));
    }

    @Test
    void exportsRankTheFreeOptionsOncePerCardWhateverTheirWrittenOrder() {
        Set<List<String>> orders = new HashSet<>();
        for (int c = 0; c < 30; c++) {
            CardMeta meta = new CardMeta(new CardId("q-" + c), null, List.of(), new Source("notes/05.md", 1), List.of());
            List<Option> written = List.of(new Option("docker0", true), new Option("eth0", false), new Option("br-int", false),
                    new Option("None of these", false));
            List<Option> reordered = List.of(written.get(2), written.get(0), written.get(1), written.get(3));
            List<Option> shown = OptionOrder.forExport(new ChoiceCard(meta, "Default bridge?", written, "", ""));
            assertEquals(shown, OptionOrder.forExport(new ChoiceCard(meta, "Default bridge?", reordered, "", "")));
            assertEquals(written.get(3), shown.get(3), "the option pointing at the others stays last");
            orders.add(shown.stream().map(Option::text).toList());
        }
        assertEquals(6, orders.size(), "over 30 cards the three free options take every order");
    }
}
