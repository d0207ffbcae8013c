package dca.deck;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read with Jackson's streaming parser: the few tree operations the deck reader needs,
 * answering as Jackson's tree model does ({@code path} of a missing field is a missing value,
 * {@code asText}/{@code asInt} convert as it converts), without loading jackson-databind, which costs
 * more start-up time than the rest of a drill's reading.
 */
final class JsonValue {
    private enum Type { MISSING, NULL, OBJECT, ARRAY, STRING, NUMBER, BOOLEAN }

    static final JsonValue MISSING = new JsonValue(Type.MISSING, null);
    private static final JsonValue NULL = new JsonValue(Type.NULL, null);

    private final Type type;
    private final Object value;
    /** A number written without a fraction or exponent. */
    private final boolean integral;

    private JsonValue(Type type, Object value) {
        this(type, value, false);
    }

    private JsonValue(Type type, Object value, boolean integral) {
        this.type = type;
        this.value = value;
        this.integral = integral;
    }

    /** The value starting at the parser's current token (objects keep the last of repeated fields). */
    static JsonValue read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) return null;
        switch (t) {
            case START_OBJECT: {
                Map<String, JsonValue> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, read(p));
                }
                return new JsonValue(Type.OBJECT, m);
            }
            case START_ARRAY: {
                List<JsonValue> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) l.add(read(p));
                return new JsonValue(Type.ARRAY, l);
            }
            case VALUE_STRING:
                return new JsonValue(Type.STRING, p.getText());
            case VALUE_NUMBER_INT:
                return new JsonValue(Type.NUMBER, new BigDecimal(p.getBigIntegerValue()), true);
            case VALUE_NUMBER_FLOAT:
                return new JsonValue(Type.NUMBER, p.getDecimalValue(), false);
            case VALUE_TRUE:
                return new JsonValue(Type.BOOLEAN, Boolean.TRUE);
            case VALUE_FALSE:
                return new JsonValue(Type.BOOLEAN, Boolean.FALSE);
            case VALUE_NULL:
                return NULL;
            default:
                throw new IOException("unexpected " + t);
        }
    }

    boolean isObject() { return type == Type.OBJECT; }

    boolean isArray() { return type == Type.ARRAY; }

    boolean isTextual() { return type == Type.STRING; }

    boolean isMissingNode() { return type == Type.MISSING; }

    boolean isNull() { return type == Type.NULL; }

    @SuppressWarnings("unchecked")
    private Map<String, JsonValue> fields() {
        return type == Type.OBJECT ? (Map<String, JsonValue>) value : Map.of();
    }

    /** The field's value, or null when there is none (or this is not an object). */
    JsonValue get(String field) {
        return fields().get(field);
    }

    boolean has(String field) {
        return fields().containsKey(field);
    }

    /** The field's value, or {@link #MISSING}. */
    JsonValue path(String field) {
        JsonValue v = get(field);
        return v == null ? MISSING : v;
    }

    /** An array's elements, an object's values, or nothing. */
    @SuppressWarnings("unchecked")
    List<JsonValue> elements() {
        if (type == Type.ARRAY) return (List<JsonValue>) value;
        if (type == Type.OBJECT) return List.copyOf(fields().values());
        return Collections.emptyList();
    }

    String asText() {
        return switch (type) {
            case STRING -> (String) value;
            case NUMBER -> integral ? number().toBigInteger().toString() : Double.toString(number().doubleValue());
            case BOOLEAN -> value.toString();
            case NULL -> "null";
            default -> "";
        };
    }

    String asText(String otherwise) {
        return type == Type.MISSING || type == Type.NULL ? otherwise : asText();
    }

    int asInt(int otherwise) {
        switch (type) {
            case NUMBER:
                return number().intValue();
            case STRING:
                try {
                    return Integer.parseInt(((String) value).trim());
                } catch (NumberFormatException e) {
                    return otherwise;
                }
            case BOOLEAN:
                return (Boolean) value ? 1 : 0;
            default:
                return otherwise;
        }
    }

    int asInt() {
        return asInt(0);
    }

    boolean asBoolean(boolean otherwise) {
        switch (type) {
            case BOOLEAN:
                return (Boolean) value;
            case NUMBER:
                return number().signum() != 0;
            case STRING:
                String s = ((String) value).trim();
                return s.equals("true") || !s.equals("false") && otherwise;
            default:
                return otherwise;
        }
    }

    /** A number that fits an int (a fraction too, as Jackson's tree allows). */
    boolean canConvertToInt() {
        if (type != Type.NUMBER) return false;
        BigDecimal d = number();
        return d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0 && d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private BigDecimal number() {
        return (BigDecimal) value;
    }
}
