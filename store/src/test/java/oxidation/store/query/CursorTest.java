package oxidation.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void survivesTheRoundTripThroughItsOpaqueForm() {
        Cursor cursor = new Cursor(Instant.parse("2024-03-04T08:00:00.123456Z"), "0123abcd");

        assertThat(Cursor.parse(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refusesTextThatIsNotACursor() {
        assertThatThrownBy(() -> Cursor.parse("%%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.parse("bm90IGEgY3Vyc29y")).isInstanceOf(IllegalArgumentException.class);
    }
}
