package dca.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dca.deck.CardId;
import dca.deck.Kind;
import dca.srs.CardState;
import dca.srs.MemoryState;
import dca.srs.Rating;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress file format (DESIGN §5), read with Jackson's streaming parser (no object mapper to
 * load at start-up); {@link ProgressEncoder} writes it. One card and one review per line, so the
 * file diffs well and a parse error's line points at one entry.
 *
 * <p>Version 0 (before settings existed) had no {@code settings} object and numeric ratings 1–4;
 * {@link #read} accepts it and reports {@link Parsed#version()} so the store can migrate it.
 */
final class ProgressJson {
    static final String FORMAT = "dca-progress";
    static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private ProgressJson() {}

    /** A file that is not valid progress JSON; line and column are 1-based (0 when unknown). */
    static final class FormatError extends Exception {
        final int line;
        final int column;
        /** The file is fine but written by a later dca. */
        boolean newer;

        /**
         * Messages quote the file's text: control characters (a newline in a JSON string, an escape
         * sequence) are shown as {@code \\uXXXX} so the error stays one inert line, and it is capped.
         */
        static String visible(String message) {
            if (message == null) return "";
            StringBuilder b = new StringBuilder(Math.min(message.length(), 300));
            for (int i = 0; i < message.length() && b.length() < 300; i++) {
                char c = message.charAt(i);
                if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
            return b.length() < 300 ? b.toString() : b + "…";
        }

        FormatError(String message, JsonLocation at) {
            super(visible(message));
            this.line = at == null ? 0 : Math.max(1, at.getLineNr());
            this.column = at == null ? 0 : Math.max(1, at.getColumnNr());
        }
    }

    record Parsed(int version, ProgressData data) {}

    /** Applies a journal's entries after the file's own journalSeq to data; returns the last seq. */
    static long readJournal(InputStream in, ProgressData data) throws IOException, FormatError {
        try (JsonParser p = FACTORY.createParser(in)) {
            Reader r = new Reader(p, data);
            return r.journal(data.journalSeq);
        } catch (JsonProcessingException e) {
            throw new FormatError(oneLine(e.getOriginalMessage()), e.getLocation());
        }
    }

    static Parsed read(InputStream in) throws IOException, FormatError {
        try (JsonParser p = FACTORY.createParser(in)) {
            return new Reader(p).document();
        } catch (JsonProcessingException e) {
            throw new FormatError(oneLine(e.getOriginalMessage()), e.getLocation());
        }
    }

    /** Jackson's message without its source excerpt and second lines: the position is reported apart. */
    static String oneLine(String msg) {
        if (msg == null) return "invalid JSON";
        int cut = msg.indexOf('\n');
        if (cut > 0) msg = msg.substring(0, cut);
        // "(start marker at [Source: …; line: 6, column: 12])", "(for Object starting at [Source: …])"
        int src = msg.indexOf("[Source:");
        if (src > 0) {
            int open = msg.lastIndexOf(" (", src);
            msg = msg.substring(0, open > 0 ? open : src);
        }
        return msg.trim();
    }

    // --- reading ---------------------------------------------------------------------------------

    private static final class Reader {
        final JsonParser p;
        final ProgressData data;
        int version = -1;

        Reader(JsonParser p) { this(p, new ProgressData()); }

        Reader(JsonParser p, ProgressData data) {
            this.p = p;
            this.data = data;
        }

        FormatError error(String message) {
            return new FormatError(message, p.currentTokenLocation());
        }

        void expect(JsonToken t, String what) throws IOException, FormatError {
            if (p.currentToken() != t) throw error("expected " + what);
        }

        Parsed document() throws IOException, FormatError {
            if (p.nextToken() != JsonToken.START_OBJECT) throw error("expected a JSON object (a dca progress file)");
            boolean sawFormat = false;
            boolean sawSettings = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> {
                        if (!FORMAT.equals(text())) throw error("not a dca progress file (format is \"" + p.getText() + "\")");
                        sawFormat = true;
                    }
                    case "version" -> {
                        version = integer();
                        if (version > VERSION) {
                            FormatError e = error("written by a newer dca (progress format version " + version + ", this dca reads up to " + VERSION + ")");
                            e.newer = true;
                            throw e;
                        }
                        if (version < 0) throw error("bad version " + version);
                    }
                    case "settings" -> { data.settings = settings(); sawSettings = true; }
                    case "journalSeq" -> data.journalSeq = longValue();
                    case "cards" -> cards();
                    case "reviews" -> reviews();
                    case "exams" -> exams();
                    default -> p.skipChildren(); // fields of a later minor change are ignored, not fatal
                }
            }
            expect(JsonToken.END_OBJECT, "a field name or '}'");
            if (p.nextToken() != null) throw error("unexpected content after the progress object");
            if (version < 0) throw new FormatError("no \"version\" field: not a dca progress file", p.currentLocation());
            if (version >= 1 && !sawFormat) throw new FormatError("no \"format\" field: not a dca progress file", p.currentLocation());
            if (version >= 1 && !sawSettings) data.settings = Settings.defaults();
            return new Parsed(version, data);
        }

        String text() throws IOException, FormatError {
            if (p.currentToken() != JsonToken.VALUE_STRING) throw error("expected a string");
            return p.getText();
        }

        String textOrNull() throws IOException, FormatError {
            return p.currentToken() == JsonToken.VALUE_NULL ? null : text();
        }

        int integer() throws IOException, FormatError {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) throw error("expected a whole number");
            long v = p.getLongValue();
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw error("number out of range");
            return (int) v;
        }

        long longValue() throws IOException, FormatError {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) throw error("expected a whole number");
            return p.getLongValue();
        }

        double number() throws IOException, FormatError {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) throw error("expected a number");
            double d = p.getDoubleValue();
            if (!Double.isFinite(d)) throw error("number out of range");
            return d;
        }

        boolean bool() throws IOException, FormatError {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) throw error("expected true or false");
            return t == JsonToken.VALUE_TRUE;
        }

        Instant instant() throws IOException, FormatError {
            String s = text();
            try {
                return IsoInstant.parse(s);
            } catch (DateTimeParseException e) {
                throw error("not an instant: \"" + s + "\"");
            }
        }

        Instant instantOrNull() throws IOException, FormatError {
            return p.currentToken() == JsonToken.VALUE_NULL ? null : instant();
        }

        /** Ids repeat in every review: validate and allocate each once. */
        final Map<String, CardId> ids = new java.util.HashMap<>();

        CardId cardId(String s) throws FormatError {
            CardId id = ids.get(s);
            if (id != null) return id;
            if (!CardId.isValid(s)) throw error("invalid card id \"" + s + "\"");
            id = new CardId(s);
            ids.put(s, id);
            return id;
        }

        Settings settings() throws IOException, FormatError {
            expect(JsonToken.START_OBJECT, "a settings object");
            Settings d = Settings.defaults();
            double retention = d.desiredRetention();
            int newPerDay = d.newPerDay();
            boolean fuzz = d.fuzz();
            LocalDate exam = d.examDate();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "desiredRetention" -> retention = number();
                    case "newPerDay" -> newPerDay = integer();
                    case "fuzz" -> fuzz = bool();
                    case "examDate" -> {
                        String s = textOrNull();
                        try {
                            exam = s == null ? null : LocalDate.parse(s);
                        } catch (DateTimeParseException e) {
                            throw error("examDate is not a date (YYYY-MM-DD): \"" + s + "\"");
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new Settings(retention, newPerDay, fuzz, exam);
        }

        void cards() throws IOException, FormatError {
            expect(JsonToken.START_OBJECT, "a cards object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                CardId id = cardId(p.currentName());
                p.nextToken();
                data.cards.put(id, card(id));
            }
        }

        CardProgress card(CardId id) throws IOException, FormatError {
            expect(JsonToken.START_OBJECT, "a card object");
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
                    case "deck" -> deck = text();
                    case "prompt" -> prompt = text();
                    case "kind" -> {
                        String k = text();
                        try {
                            data.kinds.put(id, Kind.parse(k));
                        } catch (IllegalArgumentException e) {
                            throw error("unknown card kind \"" + k + "\"");
                        }
                    }
                    case "state" -> {
                        String s = text();
                        try {
                            state = CardState.parse(s);
                        } catch (IllegalArgumentException e) {
                            throw error("unknown card state \"" + s + "\" (new, learning, review, relearning)");
                        }
                    }
                    case "step" -> step = integer();
                    case "stability" -> stability = number();
                    case "difficulty" -> difficulty = number();
                    case "due" -> due = instant();
                    case "lastReview" -> lastReview = instantOrNull();
                    case "scheduledDays" -> scheduledDays = integer();
                    case "reps" -> reps = integer();
                    case "lapses" -> lapses = integer();
                    case "firstId" -> data.firstIds.put(id, cardId(text()));
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

        void reviews() throws IOException, FormatError {
            expect(JsonToken.START_ARRAY, "a reviews array");
            while (p.nextToken() == JsonToken.START_OBJECT) data.reviews.add(review());
            expect(JsonToken.END_ARRAY, "a review object or ']'");
        }

        ReviewRecord review() throws IOException, FormatError {
            expect(JsonToken.START_OBJECT, "a review object");
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
                    case "card" -> card = cardId(text());
                    case "at" -> at = instant();
                    case "rating" -> rating = rating();
                    case "mode" -> mode = text();
                    case "ms" -> ms = longValue();
                    default -> p.skipChildren();
                }
            }
            if (card == null || at == null || rating == null) {
                throw new FormatError("a review needs \"card\", \"at\" and \"rating\"", start);
            }
            return new ReviewRecord(card, at, rating, mode, ms);
        }

        /**
         * Journal lines: {"seq":N,"op":"answer","id":…,"card":{…},"review":{…}} or
         * {"seq":N,"op":"undo","id":…,"card":{…}|null}. Lines at or below the file's journalSeq are
         * already in it; the rest must follow on without a gap.
         */
        long journal(long appliedSeq) throws IOException, FormatError {
            long seq = appliedSeq;
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t != JsonToken.START_OBJECT) throw error("expected a journal entry object");
                JsonLocation start = p.currentTokenLocation();
                long n = -1;
                String op = null;
                CardId id = null;
                CardProgress card = null;
                ReviewRecord review = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    switch (f) {
                        case "seq" -> n = longValue();
                        case "op" -> op = text();
                        case "id" -> id = cardId(text());
                        case "card" -> {
                            if (id == null) throw error("a journal entry names its \"id\" before its \"card\"");
                            card = p.currentToken() == JsonToken.VALUE_NULL ? null : card(id);
                        }
                        case "review" -> review = review();
                        default -> p.skipChildren();
                    }
                }
                if (n <= appliedSeq && n >= 0) continue; // folded into the file already
                if (n != seq + 1) throw new FormatError("journal entry " + n + " does not follow " + seq
                        + " (the journal does not belong to this progress file)", start);
                if ("answer".equals(op) && id != null && card != null && review != null && review.card().equals(id)) {
                    data.answer(id, card, review);
                } else if ("undo".equals(op) && id != null) {
                    data.undo(id, card);
                } else {
                    throw new FormatError("bad journal entry", start);
                }
                seq = n;
            }
            return seq;
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
            String raw = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? Long.toString(p.getLongValue()) : text();
            return Rating.parse(raw).orElseThrow(() -> error("unknown rating \"" + raw + "\" (again, hard, good, easy)"));
        }

        void exams() throws IOException, FormatError {
            expect(JsonToken.START_ARRAY, "an exams array");
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonLocation start = p.currentTokenLocation();
                Instant started = null;
                Instant finished = null;
                String format = "mixed";
                int questions = 0;
                int correct = 0;
                boolean complete = false;
                Map<String, ExamRecord.DomainScore> domains = new LinkedHashMap<>();
                List<String> missed = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    switch (f) {
                        case "startedAt" -> started = instant();
                        case "finishedAt" -> finished = instantOrNull();
                        case "format" -> format = text();
                        case "questions" -> questions = integer();
                        case "correct" -> correct = integer();
                        case "complete" -> complete = bool();
                        case "domains" -> {
                            expect(JsonToken.START_OBJECT, "a domains object");
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String slug = p.currentName();
                                p.nextToken();
                                expect(JsonToken.START_OBJECT, "a domain score object");
                                int q = 0;
                                int c = 0;
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    String g = p.currentName();
                                    p.nextToken();
                                    if (g.equals("questions")) q = integer();
                                    else if (g.equals("correct")) c = integer();
                                    else p.skipChildren();
                                }
                                domains.put(slug, new ExamRecord.DomainScore(q, c));
                            }
                        }
                        case "missed" -> {
                            expect(JsonToken.START_ARRAY, "a list of card ids");
                            while (p.nextToken() == JsonToken.VALUE_STRING) missed.add(p.getText());
                            expect(JsonToken.END_ARRAY, "a card id or ']'");
                        }
                        default -> p.skipChildren();
                    }
                }
                if (started == null) throw new FormatError("an exam needs \"startedAt\"", start);
                data.exams.add(new ExamRecord(started, finished, format, questions, correct, complete, domains, missed));
            }
            expect(JsonToken.END_ARRAY, "an exam object or ']'");
        }
    }
}
