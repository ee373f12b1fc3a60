package oxidation.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantReaderTest {

    private static final long YEAR_1 = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_9999_END = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    @Test
    void readsTheCanonicalShapeAsTheFullParserDoes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(YEAR_1, YEAR_9999_END + 1),
                    k % 3 == 0 ? 0 : random.nextInt(1_000_000_000));
            String text = withFraction(instant, k % 10);
            assertThat(InstantReader.parseCanonical(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesEveryOtherShapeToTheFullParser() {
        for (String text : List.of("2026-03-01t09:30:00Z", "2026-03-01T09:30:00z", "2026-03-01T09:30:00+01:00",
                "2026-03-01T09:30Z", "2026-02-30T09:30:00Z", "2026-13-01T09:30:00Z", "2026-12-31T23:59:60Z",
                "2026-03-01T24:00:00Z", "+12026-03-01T09:30:00Z", "2026-3-01T09:30:00Z", "2026-03-01T09:30:00.Z",
                "2026-03-01T09:30:00.1234567890Z", "2026-03-01T09:30:00,5Z", "2026-03-01 09:30:00Z",
                "2026-03-01T09:30:0xZ", "1772357400", "")) {
            assertThat(InstantReader.parseCanonical(text)).as(text).isNull();
        }
    }

    @Test
    void messagesWithOtherShapesDecodeAsBefore() throws Exception {
        ObjectNode json = (ObjectNode) JsonCodec.mapper().readTree(JsonCodec.encode(Samples.raw()));
        json.put("fetched", "2026-03-01T10:30:00+01:00");
        RawArticle read = JsonCodec.decode(JsonCodec.mapper().writeValueAsBytes(json), RawArticle.class);
        assertThat(read.fetched()).isEqualTo(Instant.parse("2026-03-01T09:30:00Z"));

        json.put("fetched", "2026-02-30T09:30:00Z");
        assertThatThrownBy(() -> JsonCodec.decode(JsonCodec.mapper().writeValueAsBytes(json), RawArticle.class))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("fetched");
    }

    @Test
    void theCodecReadsInstantsWithThisReader() throws Exception {
        var context = ((DefaultDeserializationContext) JsonCodec.mapper().getDeserializationContext())
                .createDummyInstance(JsonCodec.mapper().getDeserializationConfig());
        assertThat(context.findRootValueDeserializer(JsonCodec.mapper().constructType(Instant.class)))
                .isInstanceOf(InstantReader.class);
    }

    @Test
    void whatTheCodecWritesItReadsBackExactly() {
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 1_000; k++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, YEAR_9999_END), random.nextInt(1_000_000_000));
            byte[] json = JsonCodec.encode(List.of(instant));
            assertThat(JsonCodec.decode(json, Instant[].class)).containsExactly(instant);
        }
    }

    /** The instant with exactly {@code digits} fraction digits (none and no point for 0), truncating. */
    private static String withFraction(Instant instant, int digits) {
        String seconds = Instant.ofEpochSecond(instant.getEpochSecond()).toString();
        if (digits == 0) {
            return seconds;
        }
        String nanos = String.format("%09d", instant.getNano()).substring(0, digits);
        return seconds.substring(0, seconds.length() - 1) + "." + nanos + "Z";
    }
}
