package dca.deck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which exports show a choice card's options. Notes put the right option first more
 * often than not, so the author's order would give the answer away in Anki and Quizlet. Each
 * option is ranked by a hash of the card id and its text: the order is fixed for a card (a second
 * export does not change the note, so Anki does not count it as edited), does not depend on the
 * order the options arrive in (a deck that went through Anki and back exports the same), and
 * differs from card to card.
 */
public final class OptionOrder {
    private OptionOrder() {}

    public static List<Option> forExport(ChoiceCard q) {
        record Ranked(Option option, long rank, int index) {}
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            Option o = q.options().get(i);
            ranked.add(new Ranked(o, rank(q.id().value(), o.text()), i));
        }
        ranked.sort(Comparator.comparingLong(Ranked::rank).thenComparingInt(Ranked::index));
        return ranked.stream().map(Ranked::option).toList();
    }

    private static long rank(String id, String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((id + "\n" + text).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xff);
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
