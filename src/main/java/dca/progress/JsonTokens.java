package dca.progress;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dca.deck.CardId;
import dca.progress.ProgressJson.FormatError;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** The values of a progress file or journal, one token at a time, each error at its line and column. */
final class JsonTokens {
    final JsonParser p;
    /** Ids repeat in every review: validate and allocate each once. */
    private final Map<String, CardId> ids = new HashMap<>();

    JsonTokens(JsonParser p) {
        this.p = p;
    }

    FormatError error(String message) {
        return new FormatError(message, p.currentTokenLocation());
    }

    void expect(JsonToken t, String what) throws IOException, FormatError {
        if (p.currentToken() != t) throw error("expected " + what);
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

    CardId cardId(String s) throws FormatError {
        CardId id = ids.get(s);
        if (id != null) return id;
        if (!CardId.isValid(s)) throw error("invalid card id \"" + s + "\"");
        id = new CardId(s);
        ids.put(s, id);
        return id;
    }
}
