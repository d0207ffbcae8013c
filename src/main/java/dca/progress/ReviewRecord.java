package dca.progress;

import dca.deck.CardId;
import dca.srs.Rating;
import java.time.Instant;

/** One answer in the review log. {@code mode}: flash, typed, choice, list, exam, cram. */
public record ReviewRecord(CardId card, Instant at, Rating rating, String mode, long ms) {}
