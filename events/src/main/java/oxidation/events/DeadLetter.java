package oxidation.events;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;

/**
 * A record that could not be processed, kept with the reason: a value of a {@code *.dlq} topic, keyed by
 * the original key. A value larger than {@link #MAX_KEPT_BYTES} is kept only in its first bytes, and the
 * reason says so: a dead letter must always fit on its topic, or a huge poison record would stop the
 * service that gives up on it.
 *
 * @param topic the topic the record came from, or where it was headed
 * @param partition the partition it came from, or -1
 * @param offset the offset it came from, or -1
 * @param value the original value as text when it was UTF-8, else null
 * @param valueBase64 the original value in base64 when it was not UTF-8, else null
 * @param service the service that gave up on it
 */
public record DeadLetter(Integer schema, String topic, int partition, long offset, String key, String value,
        String valueBase64, String reason, String service, Instant at) {

    public static final int SCHEMA = 1;

    /** The most bytes of the original value a dead letter keeps. */
    public static final int MAX_KEPT_BYTES = 64 * 1024;

    public DeadLetter {
        schema = Fields.schema(schema);
        Fields.requiredText(topic, "topic");
        Fields.requiredText(reason, "reason");
        Fields.requiredText(service, "service");
        Fields.required(at, "at");
    }

    /**
     * A dead letter for raw record bytes, kept as text when they are UTF-8 and in base64 otherwise; of a value
     * over {@link #MAX_KEPT_BYTES} only the first bytes are kept (ending on a whole character when it is text).
     */
    public static DeadLetter of(String topic, int partition, long offset, String key, byte[] value, String reason,
            String service, Instant at) {
        String text = null;
        String base64 = null;
        if (value != null) {
            int kept = Math.min(value.length, MAX_KEPT_BYTES);
            try {
                text = utf8(value, kept);
            } catch (CharacterCodingException e) {
                base64 = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(value, kept));
            }
            if (kept < value.length) {
                reason = reason + " (value of " + value.length + " bytes, only its first " + kept + " kept)";
            }
        }
        return new DeadLetter(SCHEMA, topic, partition, offset, key, text, base64, reason, service, at);
    }

    private static String utf8(byte[] value, int length) throws CharacterCodingException {
        int end = length;
        if (end < value.length) {
            // do not split a character: back up over continuation bytes to the start of the cut one
            while (end > 0 && end > length - 4 && (value[end] & 0xC0) == 0x80) {
                end--;
            }
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(value, 0, end)).toString();
    }
}
