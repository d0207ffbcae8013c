package dca.srs;

import java.time.Instant;

/** One answer as the optimizer sees it: which card, when, and the grade. */
public record ReviewEvent(String card, Instant at, Rating rating) {}
