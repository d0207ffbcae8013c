package dca.study;

import dca.deck.Domain;
import dca.srs.CardState;
import dca.srs.Fsrs;
import dca.srs.FsrsParameters;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Simulates the days to an exam: the plan's new cards each day, every due card answered (recalled
 * with the probability the scheduler gives it, else Again; a new card's first answer Good), with or
 * without exam mode, and at the start of the exam day each card's recall. The predicted exam score
 * weights each domain's mean recall by its exam weight, as {@code stats} computes readiness (a card
 * never studied counts 0; a domain with no cards counts 0). Seeded, so a plan prints the same
 * numbers twice.
 */
public final class ExamForecast {
    /** Past this many answers a day a card is left for tomorrow (a guard, never reached in practice). */
    private static final int MAX_SAME_DAY_ANSWERS = 20;

    /** A card as the forecast sees it; {@code state} null for a card never studied. */
    public record Card(String id, Domain domain, MemoryState state) {}

    /**
     * @param startedToday    new cards already started today (count against today's quota)
     * @param secondsPerReview the time an answer takes, for the minutes per day
     */
    public record Input(List<Card> cards, FsrsParameters parameters, ExamCalendar exam, boolean examMode,
                        Instant now, int startedToday, double secondsPerReview, long seed) {}

    public record Day(LocalDate date, int reviews, int newCards, double minutes) {}

    /**
     * Days from today to the day before the exam, recall on the exam day and the predicted score;
     * {@code studied} cards had been studied before today, {@code introduced} have been by the exam.
     */
    public record Result(List<Day> days, Map<Domain, Double> recall, Map<Domain, Integer> domainCards, double predicted,
                         int studied, int introduced, int cards) {
        /** Mean answers a day over the forecast's days (0 without days). */
        public double reviewsPerDay() {
            int n = 0;
            for (Day d : days) n += d.reviews();
            return days.isEmpty() ? 0 : (double) n / days.size();
        }

        public int peakReviews() {
            int max = 0;
            for (Day d : days) max = Math.max(max, d.reviews());
            return max;
        }
    }

    private static final class Sim {
        final Card card;
        MemoryState state;
        Instant due;

        Sim(Card card, MemoryState state) {
            this.card = card;
            this.state = state;
        }
    }

    private ExamForecast() {}

    public static Result run(Input in) {
        Fsrs fsrs = new Fsrs(in.parameters());
        ExamCalendar exam = in.exam();
        ZoneId zone = exam.zone();
        SplittableRandom random = new SplittableRandom(in.seed());
        List<Sim> all = new ArrayList<>();
        int studiedBefore = 0;
        Deque<Sim> unseen = new ArrayDeque<>();
        PriorityQueue<Sim> queue = new PriorityQueue<>(Comparator.<Sim, Instant>comparing(s -> s.due)
                .thenComparing(s -> s.card.id()));
        for (Card c : in.cards()) {
            boolean studied = c.state() != null && c.state().state() != CardState.NEW;
            Sim s = new Sim(c, studied ? c.state() : null);
            all.add(s);
            if (studied) {
                studiedBefore++;
                s.due = due(s, exam, in.examMode());
                queue.add(s);
            } else {
                unseen.add(s);
            }
        }
        LocalDate today = LocalDate.ofInstant(in.now(), zone);
        Duration answer = Duration.ofMillis(Math.max(1, Math.round(in.secondsPerReview() * 1000)));
        List<Day> days = new ArrayList<>();
        for (LocalDate day = today; day.isBefore(exam.examDate()); day = day.plusDays(1)) {
            Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant clock = day.equals(today) ? in.now() : max(in.now(), day.atStartOfDay(zone).toInstant().plus(Duration.ofHours(9)));
            int quota = Pacing.newToday(exam, day, unseen.size(), day.equals(today) ? in.startedToday() : 0, 0)
                    - (day.equals(today) ? in.startedToday() : 0);
            int fresh = 0;
            for (; fresh < quota && !unseen.isEmpty(); fresh++) {
                Sim s = unseen.poll();
                s.state = MemoryState.fresh(clock);
                s.due = clock;
                queue.add(s);
            }
            int reviews = 0;
            Map<Sim, Integer> answeredToday = new java.util.IdentityHashMap<>();
            List<Sim> tomorrow = new ArrayList<>();
            while (!queue.isEmpty() && queue.peek().due.isBefore(endOfDay)) {
                Sim s = queue.poll();
                if (answeredToday.merge(s, 1, Integer::sum) > MAX_SAME_DAY_ANSWERS) {
                    tomorrow.add(s);
                    continue;
                }
                Instant at = max(clock, s.due);
                if (!at.isBefore(endOfDay)) {
                    tomorrow.add(s);
                    continue;
                }
                Rating rating = s.state.state() == CardState.NEW || random.nextDouble() < fsrs.retrievability(s.state, at)
                        ? Rating.GOOD : Rating.AGAIN;
                MemoryState next = fsrs.next(s.state, rating, at, s.card.id());
                s.state = in.examMode() ? exam.keepInside(next, at, s.card.id()) : next;
                s.due = due(s, exam, in.examMode());
                queue.add(s);
                reviews++;
                clock = at.plus(answer);
            }
            for (Sim s : tomorrow) {
                s.due = max(s.due, endOfDay);
                queue.add(s);
            }
            days.add(new Day(day, reviews, fresh, reviews * in.secondsPerReview() / 60));
        }

        Instant at = max(in.now(), exam.examStart());
        Map<Domain, double[]> sums = new EnumMap<>(Domain.class);
        for (Sim s : all) {
            if (s.card.domain() == null) continue;
            double r = s.state == null ? 0 : fsrs.retrievability(s.state, at);
            double[] sum = sums.computeIfAbsent(s.card.domain(), k -> new double[2]);
            sum[0] += r;
            sum[1]++;
        }
        Map<Domain, Double> recall = new EnumMap<>(Domain.class);
        Map<Domain, Integer> counts = new EnumMap<>(Domain.class);
        double weighted = 0;
        int weights = 0;
        for (Domain d : Domain.values()) {
            double[] sum = sums.get(d);
            double mean = sum == null ? 0 : sum[0] / sum[1];
            recall.put(d, mean);
            counts.put(d, sum == null ? 0 : (int) sum[1]);
            weighted += d.weight() * mean;
            weights += d.weight();
        }
        int introduced = all.size() - unseen.size();
        return new Result(days, recall, counts, weighted / weights, studiedBefore, introduced, all.size());
    }

    private static Instant due(Sim s, ExamCalendar exam, boolean examMode) {
        return examMode ? exam.effectiveDue(s.card.id(), s.state) : s.state.due();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
