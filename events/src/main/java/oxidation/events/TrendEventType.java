package oxidation.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of change in the timeline a trend event reports. */
public enum TrendEventType {
    FIRST_MENTION,
    RELEASE,
    SURGE,
    NEW_LEADER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static TrendEventType fromWireName(String name) {
        for (TrendEventType type : values()) {
            if (type.wireName().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown trend event type '" + name + "'");
    }
}
