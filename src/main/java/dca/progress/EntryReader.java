package dca.progress;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dca.deck.CardId;
import dca.deck.Kind;
import dca.progress.ProgressJson.FormatError;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.io.IOException;
import java.time.Instant;

/** One card's progress and one review: the entries the file and the journal have in common. */
final class EntryReader {
    private final JsonTokens t;
    private final JsonParser p;
    private final ProgressData data;

    EntryReader(JsonTokens t, ProgressData data) {
        this.t = t;
        this.p = t.p;
        this.data = data;
    }

    CardProgress card(CardId id) throws IOException, FormatError {
        t.expect(JsonToken.START_OBJECT, "a card object");
        JsonLocation start = p.currentTokenLocation();
        String deck = null;
        String prompt = "";
        CardState state = null;
        int step = 0;
        double stability = 0;
        double difficulty = 0;
        Instant due = null;
        Instant lastReview = null;
        int scheduledDays = 0;
        int reps = 0;
        int lapses = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "deck" -> deck = t.text();
                case "prompt" -> prompt = t.text();
                case "kind" -> {
                    String k = t.text();
                    try {
                        data.kinds.put(id, Kind.parse(k));
                    } catch (IllegalArgumentException e) {
                        throw t.error("unknown card kind \"" + k + "\"");
                    }
                }
                case "state" -> {
                    String s = t.text();
                    try {
                        state = CardState.parse(s);
                    } catch (IllegalArgumentException e) {
                        throw t.error("unknown card state \"" + s + "\" (new, learning, review, relearning)");
                    }
                }
                case "step" -> step = t.integer();
                case "stability" -> stability = t.number();
                case "difficulty" -> difficulty = t.number();
                case "due" -> due = t.instant();
                case "lastReview" -> lastReview = t.instantOrNull();
                case "scheduledDays" -> scheduledDays = t.integer();
                case "reps" -> reps = t.integer();
                case "lapses" -> lapses = t.integer();
                case "firstId" -> data.firstIds.put(id, t.cardId(t.text()));
                default -> p.skipChildren();
            }
        }
        if (deck == null) throw new FormatError("card " + id + " has no \"deck\"", start);
        if (state == null) throw new FormatError("card " + id + " has no \"state\"", start);
        if (due == null) throw new FormatError("card " + id + " has no \"due\"", start);
        // A hand-edited card must still be one the scheduler can work with (FSRS keeps S > 0, D in 1..10).
        if (state != CardState.NEW && !(stability > 0 && stability < Double.POSITIVE_INFINITY)) {
            throw new FormatError("card " + id + " needs a positive \"stability\"", start);
        }
        if (state != CardState.NEW && !(difficulty >= 1 && difficulty <= 10)) {
            throw new FormatError("card " + id + " needs a \"difficulty\" from 1 to 10", start);
        }
        if (step < 0 || scheduledDays < 0 || reps < 0 || lapses < 0) {
            throw new FormatError("card " + id + " has a negative \"step\", \"scheduledDays\", \"reps\" or \"lapses\"", start);
        }
        return new CardProgress(deck, prompt,
                new MemoryState(state, step, stability, difficulty, due, lastReview, scheduledDays, reps, lapses));
    }

    ReviewRecord review() throws IOException, FormatError {
        t.expect(JsonToken.START_OBJECT, "a review object");
        JsonLocation start = p.currentTokenLocation();
        CardId card = null;
        Instant at = null;
        Rating rating = null;
        String mode = "flash";
        long ms = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "card" -> card = t.cardId(t.text());
                case "at" -> at = t.instant();
                case "rating" -> rating = rating();
                case "mode" -> mode = t.text();
                case "ms" -> ms = t.longValue();
                default -> p.skipChildren();
            }
        }
        if (card == null || at == null || rating == null) {
            throw new FormatError("a review needs \"card\", \"at\" and \"rating\"", start);
        }
        return new ReviewRecord(card, at, rating, mode, ms);
    }

    /** "good" since version 1; version 0 wrote 1–4. */
    Rating rating() throws IOException, FormatError {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            switch (p.getText()) {
                case "again": return Rating.AGAIN;
                case "hard": return Rating.HARD;
                case "good": return Rating.GOOD;
                case "easy": return Rating.EASY;
                default: break;
            }
        }
        String raw = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? Long.toString(p.getLongValue()) : t.text();
        return Rating.parse(raw).orElseThrow(() -> t.error("unknown rating \"" + raw + "\" (again, hard, good, easy)"));
    }
}
