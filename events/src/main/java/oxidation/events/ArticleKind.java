package oxidation.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether an article is a post (news, blog) or the notes of a release. */
public enum ArticleKind {
    POST,
    RELEASE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ArticleKind fromWireName(String name) {
        for (ArticleKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown article kind '" + name + "'; kinds are post, release");
    }
}
