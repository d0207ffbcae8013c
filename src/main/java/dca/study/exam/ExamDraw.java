package dca.study.exam;

import dca.deck.Card;
import dca.deck.CardDomain;
import dca.deck.ChoiceCard;
import dca.deck.Deck;
import dca.deck.Domain;
import dca.deck.Option;
import dca.deck.OptionOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Draws an exam from the choice questions of some decks: questions per domain by the exam weights
 * (largest-remainder rounding, so the counts add up exactly), each card at most once, options
 * shuffled as the drill shuffles them ({@link OptionOrder}). The same decks and seed give the same exam.
 */
public final class ExamDraw {
    /** The real exam: 55 questions, 13 of them ordinary multiple choice. */
    public static final int EXAM_QUESTIONS = 55;
    public static final int EXAM_MCQ = 13;

    /** What to draw. {@code domain} null means all six by weight. */
    public record Spec(int questions, ExamFormat format, Domain domain, long seed) {
        public Spec {
            if (questions < 1) throw new IllegalArgumentException("an exam needs at least one question");
            if (format == null) format = ExamFormat.MIXED;
        }
    }

    /** The drawn items in exam order, with what the draw had to change ("storage has only 2 questions …"). */
    public record Result(List<ExamItem> items, Map<Domain, Integer> perDomain, List<String> notes) {
        public Result {
            items = List.copyOf(items);
            Map<Domain, Integer> copy = new EnumMap<>(Domain.class);
            copy.putAll(perDomain);
            perDomain = Collections.unmodifiableMap(copy);
            notes = List.copyOf(notes);
        }
    }

    private record Candidate(ChoiceCard card, Deck deck, Domain domain) {}

    private ExamDraw() {}

    public static Result draw(List<Deck> decks, Spec spec) {
        Random rng = new Random(spec.seed());
        Map<Domain, List<Candidate>> pool = pool(decks, spec.domain());
        List<String> notes = new ArrayList<>();
        int available = pool.values().stream().mapToInt(List::size).sum();
        int n = Math.min(spec.questions(), available);
        if (available == 0) {
            return new Result(List.of(), Map.of(), List.of("no multiple-choice questions"
                    + (spec.domain() == null ? "" : " in " + spec.domain().slug()) + " in these notes"));
        }
        if (n < spec.questions()) {
            notes.add("only " + available + " questions available, the exam has " + n + " instead of " + spec.questions());
        }
        for (List<Candidate> list : pool.values()) Collections.shuffle(list, rng);

        Map<Domain, Integer> quota = spec.domain() == null ? quotas(n) : new EnumMap<>(Map.of(spec.domain(), n));
        Map<Domain, Integer> take = fill(quota, pool, notes);

        List<Candidate> chosen = new ArrayList<>();
        for (Domain d : Domain.values()) {
            int k = take.getOrDefault(d, 0);
            chosen.addAll(pool.get(d).subList(0, k));
        }
        Collections.shuffle(chosen, rng);
        int mcq = switch (spec.format()) {
            case MCQ -> chosen.size();
            case DOMC -> 0;
            case MIXED -> (int) Math.round(chosen.size() * (double) EXAM_MCQ / EXAM_QUESTIONS);
        };
        // Questions whose options lean on each other ("all of the above") cannot work as DOMC:
        // they take the multiple-choice places first. A stable sort keeps the shuffled order otherwise.
        List<Candidate> byFit = new ArrayList<>(chosen);
        byFit.sort((a, b) -> Boolean.compare(domcSafe(a.card()), domcSafe(b.card())));
        java.util.Set<Candidate> asMcq = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        asMcq.addAll(byFit.subList(0, mcq));

        List<ExamItem> items = new ArrayList<>();
        for (Candidate c : chosen) {
            List<Option> options = OptionOrder.shuffle(c.card().options(), rng);
            if (asMcq.contains(c)) items.add(new McqItem(c.card(), c.deck(), c.domain(), options));
            else items.add(new DomcItem(c.card(), c.deck(), c.domain(), options));
        }
        return new Result(items, take, notes);
    }

    /** Usable choice cards grouped by domain, each card once, in deck order. */
    private static Map<Domain, List<Candidate>> pool(List<Deck> decks, Domain only) {
        Map<Domain, List<Candidate>> pool = new EnumMap<>(Domain.class);
        for (Domain d : Domain.values()) pool.put(d, new ArrayList<>());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Deck deck : decks) {
            for (Card card : deck.cards()) {
                if (!(card instanceof ChoiceCard cc)) continue;
                if (cc.options().size() < 2 || cc.correctOptions().isEmpty()) continue;
                if (!seen.add(cc.id().value())) continue;
                Domain d = CardDomain.of(cc, deck).orElse(null);
                if (d == null || (only != null && d != only)) continue;
                pool.get(d).add(new Candidate(cc, deck, d));
            }
        }
        return pool;
    }

    /** Questions per domain for an exam of n: weight share, floors, then the largest remainders get one more. */
    public static Map<Domain, Integer> quotas(int n) {
        Map<Domain, Integer> quota = new EnumMap<>(Domain.class);
        int total = 0;
        int weights = 0;
        for (Domain d : Domain.values()) weights += d.weight();
        List<Domain> byRemainder = new ArrayList<>();
        for (Domain d : Domain.values()) {
            int floor = n * d.weight() / weights;
            quota.put(d, floor);
            total += floor;
            byRemainder.add(d);
        }
        final int w = weights;
        // Larger remainder first; ties go to the heavier domain, then to enum order (stable sort).
        byRemainder.sort((a, b) -> {
            int ra = n * a.weight() % w, rb = n * b.weight() % w;
            if (ra != rb) return Integer.compare(rb, ra);
            return Integer.compare(b.weight(), a.weight());
        });
        for (int i = 0; total < n; i++, total++) {
            Domain d = byRemainder.get(i % byRemainder.size());
            quota.put(d, quota.get(d) + 1);
        }
        return quota;
    }

    /**
     * Caps each quota at what the domain has, and gives the shortfall to domains with questions to
     * spare, always to the one furthest below its weight share.
     */
    private static Map<Domain, Integer> fill(Map<Domain, Integer> quota, Map<Domain, List<Candidate>> pool, List<String> notes) {
        Map<Domain, Integer> take = new EnumMap<>(Domain.class);
        int missing = 0;
        for (Domain d : Domain.values()) {
            int want = quota.getOrDefault(d, 0);
            int have = pool.get(d).size();
            take.put(d, Math.min(want, have));
            if (have < want) {
                missing += want - have;
                notes.add(String.format(Locale.ROOT, "%s has only %d question%s (%d wanted)",
                        d.slug(), have, have == 1 ? "" : "s", want));
            }
        }
        int moved = missing;
        int n = quota.values().stream().mapToInt(Integer::intValue).sum();
        while (missing > 0) {
            Domain best = null;
            double bestGap = Double.NEGATIVE_INFINITY;
            for (Domain d : Domain.values()) {
                if (take.get(d) >= pool.get(d).size()) continue;
                double gap = n * d.weight() / 100.0 - take.get(d);
                if (best == null || gap > bestGap) {
                    best = d;
                    bestGap = gap;
                }
            }
            if (best == null) break;
            take.put(best, take.get(best) + 1);
            missing--;
        }
        if (moved > 0) notes.add(moved + " question" + (moved == 1 ? "" : "s") + " drawn from other domains instead");
        return take;
    }

    /** False for options that only make sense next to the others, which DOMC never shows together. */
    static boolean domcSafe(ChoiceCard card) {
        for (Option o : card.options()) {
            String t = o.text().toLowerCase(Locale.ROOT);
            if (t.contains("of the above") || t.contains("both of") || t.startsWith("both ")
                    || t.contains("none of these") || t.contains("all of these")) return false;
        }
        return true;
    }
}
