package oxidation.events.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import oxidation.events.DeadLetter;
import oxidation.events.JsonCodec;
import org.junit.jupiter.api.Test;

class DeadLetterLimitsTest {

    private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void keepsOnlyTheHeadOfAFiveMegabyteValueAndSaysSoInTheReason() {
        byte[] value = "x".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);

        DeadLetter letter = DeadLetter.of("articles.raw", 0, 7, "k", value, "not JSON", "classify", AT);

        assertThat(letter.value()).hasSize(DeadLetter.MAX_KEPT_BYTES);
        assertThat(letter.reason()).startsWith("not JSON").contains("5242880 bytes").contains("first 65536");
        assertThat(JsonCodec.encode(letter).length).isLessThan(100 * 1024);
    }

    @Test
    void neverSplitsAMultiByteCharacterAtTheCut() {
        // 'é' is two bytes: the cut at 64 KiB falls inside one of them when a single ASCII byte leads
        byte[] value = ("a" + "é".repeat(100_000)).getBytes(StandardCharsets.UTF_8);

        DeadLetter letter = DeadLetter.of("sources", 0, 1, "k", value, "bad", "ingest", AT);

        assertThat(letter.valueBase64()).isNull();
        assertThat(letter.value()).startsWith("aé").doesNotContain("\uFFFD");
        assertThat(letter.value().getBytes(StandardCharsets.UTF_8).length)
                .isBetween(DeadLetter.MAX_KEPT_BYTES - 1, DeadLetter.MAX_KEPT_BYTES);
    }

    @Test
    void keepsTheHeadOfALargeBinaryValueInBase64() {
        byte[] value = new byte[1_000_000];
        Arrays.fill(value, (byte) 0xff);

        DeadLetter letter = DeadLetter.of("articles.tagged", 2, 3, null, value, "not JSON", "store", AT);

        assertThat(letter.value()).isNull();
        assertThat(Base64.getDecoder().decode(letter.valueBase64())).hasSize(DeadLetter.MAX_KEPT_BYTES);
        assertThat(letter.reason()).contains("1000000 bytes");
    }

    @Test
    void keepsASmallValueWholeWithTheReasonUnchanged() {
        DeadLetter letter = DeadLetter.of("sources", 0, 1, "k", "{not json".getBytes(StandardCharsets.UTF_8),
                "not JSON", "ingest", AT);

        assertThat(letter.value()).isEqualTo("{not json");
        assertThat(letter.reason()).isEqualTo("not JSON");
    }
}
