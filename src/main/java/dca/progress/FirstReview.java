package dca.progress;

import java.time.Instant;

/**
 * A card's first review in one mode: where it stands in the review log (0 is the oldest entry) and
 * when it was. Which modes count as scheduling the card is the study rules' business, not the file's.
 */
public record FirstReview(int position, Instant at) {}
