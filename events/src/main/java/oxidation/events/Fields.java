package oxidation.events;

import java.util.List;
import java.util.Map;

/** Invariant checks shared by the message records; the messages name the field, as a reader needs. */
final class Fields {

    private Fields() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is blank");
        }
        return value;
    }

    static int schema(Integer schema) {
        if (required(schema, "schema") < 1) {
            throw new IllegalArgumentException("field 'schema' must be at least 1, was " + schema);
        }
        return schema;
    }

    static double unit(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("field '" + field + "' must be in [0, 1], was " + value);
        }
        return value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    static <K, V> Map<K, V> map(Map<K, V> value) {
        return value == null ? Map.of() : Map.copyOf(value);
    }
}
