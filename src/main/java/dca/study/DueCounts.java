package dca.study;

import dca.deck.Deck;
import dca.progress.CardProgress;
import dca.srs.CardState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * How decks stand: cards due by the end of today (reviews and learning steps, as a session would
 * ask them now), due by the end of tomorrow if nothing more is studied today, and never studied.
 * The same planner as a session, so the counts match what {@code dca quiz} then asks.
 */
public record DueCounts(int today, int tomorrow, int unseen) {
    public static DueCounts of(List<Deck> decks, ProgressLog log, Scheduler scheduler, Instant now, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        Instant tomorrow = day.plusDays(1).atStartOfDay(zone).toInstant();
        int unseen = 0;
        for (StudyItem item : SessionPlanner.items(decks).values()) {
            CardProgress p = log.cards().get(item.id());
            if (p == null || p.memory().state() == CardState.NEW) unseen++;
        }
        return new DueCounts(dueBy(decks, log, scheduler, now, tomorrow, zone),
                dueBy(decks, log, scheduler, tomorrow, day.plusDays(2).atStartOfDay(zone).toInstant(), zone), unseen);
    }

    /** Cards a session started at {@code at} would ask before {@code end}: due reviews and learning steps. */
    private static int dueBy(List<Deck> decks, ProgressLog log, Scheduler scheduler, Instant at, Instant end, ZoneId zone) {
        SessionPlan plan = new SessionPlanner(scheduler).plan(decks, log.cards(), log.reviews(), log.settings(), at, zone,
                new SessionOptions(0, null, true, Presentation.AUTO));
        int learning = (int) plan.learning().stream().filter(p -> p.due().isBefore(end)).count();
        return plan.due().size() + learning;
    }
}
