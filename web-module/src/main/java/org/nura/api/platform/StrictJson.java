package org.nura.api.platform;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import org.nura.platform.control.NuraException;
import org.nura.platform.control.TextInput;

/**
 * Request fields take exactly their JSON type: a boolean is {@code true} or {@code false} (JSON-B alone read
 * {@code "yes"} as false and switched the LLM off), a number is a JSON number that fits, a text is a JSON string
 * that passes {@link TextInput}. Registered once in {@link JsonConfig}, so every request record is covered.
 */
final class StrictJson {

    private StrictJson() {
    }

    static JsonbDeserializer<?>[] deserializers() {
        return new JsonbDeserializer<?>[] {new Text(), new Flag(), new WholeNumber(), new LongNumber()};
    }

    /** A JSON string, clean of disallowed characters. */
    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = expect(parser, "a string", ValueType.STRING);
            return value == JsonValue.NULL ? null : TextInput.check("A text field", ((JsonString) value).getString());
        }
    }

    /** {@code true} or {@code false}, nothing that merely looks like one. */
    static final class Flag implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = expect(parser, "true or false", ValueType.TRUE, ValueType.FALSE);
            return value == JsonValue.NULL ? null : value == JsonValue.TRUE;
        }
    }

    /** A JSON number without a fraction that fits in an int. */
    static final class WholeNumber implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            Long value = whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return value == null ? null : value.intValue();
        }
    }

    /** A JSON number without a fraction that fits in a long. */
    static final class LongNumber implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    private static Long whole(JsonParser parser, long min, long max) {
        JsonValue found = expect(parser, "a whole number", ValueType.NUMBER);
        if (found == JsonValue.NULL) {
            return null;
        }
        JsonNumber number = (JsonNumber) found;
        BigDecimal value = number.bigDecimalValue();
        if (!number.isIntegral() || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw NuraException.invalid("invalid_type", "A number field must be a whole number between " + min
                    + " and " + max);
        }
        return value.longValueExact();
    }

    /** The value at the parser (all of it: an object or array is consumed) when null or of an allowed type. */
    private static JsonValue expect(JsonParser parser, String what, ValueType... allowed) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == ValueType.NULL) {
            return JsonValue.NULL; // absence is each endpoint's own rule
        }
        for (ValueType t : allowed) {
            if (t == value.getValueType()) {
                return value;
            }
        }
        throw NuraException.invalid("invalid_type", "A field that must be " + what + " is "
                + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
    }
}
