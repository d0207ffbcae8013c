package dca.progress;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dca.deck.CardId;
import dca.progress.ProgressJson.FormatError;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The progress file itself: format and version, settings, cards, reviews and exams. Fields of a
 * later minor version are skipped, not fatal; version 0 (no settings, numeric ratings) is read too.
 */
final class DocumentReader {
    private final JsonTokens t;
    private final JsonParser p;
    private final ProgressData data = new ProgressData();
    private final EntryReader entries;
    private int version = -1;

    DocumentReader(JsonParser p) {
        this.t = new JsonTokens(p);
        this.p = p;
        this.entries = new EntryReader(t, data);
    }

    ProgressJson.Parsed document() throws IOException, FormatError {
        if (p.nextToken() != JsonToken.START_OBJECT) throw t.error("expected a JSON object (a dca progress file)");
        boolean sawFormat = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "format" -> {
                    if (!ProgressJson.FORMAT.equals(t.text())) throw t.error("not a dca progress file (format is \"" + p.getText() + "\")");
                    sawFormat = true;
                }
                case "version" -> {
                    version = t.integer();
                    if (version > ProgressJson.VERSION) {
                        FormatError e = t.error("written by a newer dca (progress format version " + version + ", this dca reads up to " + ProgressJson.VERSION + ")");
                        e.newer = true;
                        throw e;
                    }
                    if (version < 0) throw t.error("bad version " + version);
                }
                case "settings" -> data.settings = settings(); // before the settings file: migrated out on a writable open
                case "journalSeq" -> data.journalSeq = t.longValue();
                case "cards" -> cards();
                case "reviews" -> reviews();
                case "exams" -> exams();
                default -> p.skipChildren(); // fields of a later minor change are ignored, not fatal
            }
        }
        t.expect(JsonToken.END_OBJECT, "a field name or '}'");
        if (p.nextToken() != null) throw t.error("unexpected content after the progress object");
        if (version < 0) throw new FormatError("no \"version\" field: not a dca progress file", p.currentLocation());
        if (version >= 1 && !sawFormat) throw new FormatError("no \"format\" field: not a dca progress file", p.currentLocation());
        return new ProgressJson.Parsed(version, data);
    }

    Settings settings() throws IOException, FormatError {
        t.expect(JsonToken.START_OBJECT, "a settings object");
        Settings d = Settings.defaults();
        double retention = d.desiredRetention();
        int newPerDay = d.newPerDay();
        boolean fuzz = d.fuzz();
        LocalDate exam = d.examDate();
        boolean examMode = d.examMode();
        FittedWeights weights = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "desiredRetention" -> retention = t.number();
                case "newPerDay" -> newPerDay = t.integer();
                case "fuzz" -> fuzz = t.bool();
                case "examDate" -> {
                    String s = t.textOrNull();
                    try {
                        exam = s == null ? null : LocalDate.parse(s);
                    } catch (DateTimeParseException e) {
                        throw t.error("examDate is not a date (YYYY-MM-DD): \"" + s + "\"");
                    }
                }
                case "examMode" -> examMode = t.bool();
                case "weights" -> weights = weights();
                default -> p.skipChildren();
            }
        }
        Settings s = new Settings(retention, newPerDay, fuzz, exam, examMode, weights);
        java.util.Optional<String> problem = SettingKey.firstProblem(s);
        if (problem.isPresent()) throw t.error("settings: " + problem.get());
        return s;
    }

    /** {"w":[21 numbers],"fittedAt":"…","reviews":N}, or null. */
    private FittedWeights weights() throws IOException, FormatError {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        if (p.currentToken() != JsonToken.START_OBJECT) throw t.error("weights is not an object");
        double[] w = null;
        Instant at = null;
        int reviews = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "w" -> {
                    if (p.currentToken() != JsonToken.START_ARRAY) throw t.error("weights.w is not an array");
                    List<Double> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) list.add(t.number());
                    w = list.stream().mapToDouble(Double::doubleValue).toArray();
                }
                case "fittedAt" -> at = t.instant();
                case "reviews" -> reviews = t.integer();
                default -> p.skipChildren();
            }
        }
        if (w == null || at == null) throw t.error("weights needs w and fittedAt");
        try {
            return new FittedWeights(w, at, reviews);
        } catch (IllegalArgumentException e) {
            throw t.error("weights: " + e.getMessage());
        }
    }

    void cards() throws IOException, FormatError {
        t.expect(JsonToken.START_OBJECT, "a cards object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            CardId id = t.cardId(p.currentName());
            p.nextToken();
            data.cards.put(id, entries.card(id));
        }
    }

    void reviews() throws IOException, FormatError {
        t.expect(JsonToken.START_ARRAY, "a reviews array");
        while (p.nextToken() == JsonToken.START_OBJECT) data.reviews.add(entries.review());
        t.expect(JsonToken.END_ARRAY, "a review object or ']'");
    }

    void exams() throws IOException, FormatError {
        t.expect(JsonToken.START_ARRAY, "an exams array");
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
                    case "startedAt" -> started = t.instant();
                    case "finishedAt" -> finished = t.instantOrNull();
                    case "format" -> format = t.text();
                    case "questions" -> questions = t.integer();
                    case "correct" -> correct = t.integer();
                    case "complete" -> complete = t.bool();
                    case "domains" -> {
                        t.expect(JsonToken.START_OBJECT, "a domains object");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String slug = p.currentName();
                            p.nextToken();
                            t.expect(JsonToken.START_OBJECT, "a domain score object");
                            int q = 0;
                            int c = 0;
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String g = p.currentName();
                                p.nextToken();
                                if (g.equals("questions")) q = t.integer();
                                else if (g.equals("correct")) c = t.integer();
                                else p.skipChildren();
                            }
                            domains.put(slug, new ExamRecord.DomainScore(q, c));
                        }
                    }
                    case "missed" -> {
                        t.expect(JsonToken.START_ARRAY, "a list of card ids");
                        while (p.nextToken() == JsonToken.VALUE_STRING) missed.add(p.getText());
                        t.expect(JsonToken.END_ARRAY, "a card id or ']'");
                    }
                    default -> p.skipChildren();
                }
            }
            if (started == null) throw new FormatError("an exam needs \"startedAt\"", start);
            data.exams.add(new ExamRecord(started, finished, format, questions, correct, complete, domains, missed));
        }
        t.expect(JsonToken.END_ARRAY, "an exam object or ']'");
    }
}
