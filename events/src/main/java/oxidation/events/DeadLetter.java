package oxidation.events;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;

/**
 * A record that could not be processed, kept with the reason: a value of a {@code *.dlq} topic, keyed by
 * the original key.
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

    public DeadLetter {
        schema = Fields.schema(schema);
        Fields.requiredText(topic, "topic");
        Fields.requiredText(reason, "reason");
        Fields.requiredText(service, "service");
        Fields.required(at, "at");
    }

    /** A dead letter for raw record bytes, kept as text when they are UTF-8 and in base64 otherwise. */
    public static DeadLetter of(String topic, int partition, long offset, String key, byte[] value, String reason,
            String service, Instant at) {
        String text = null;
        String base64 = null;
        if (value != null) {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(value)).toString();
            } catch (CharacterCodingException e) {
                base64 = Base64.getEncoder().encodeToString(value);
            }
        }
        return new DeadLetter(SCHEMA, topic, partition, offset, key, text, base64, reason, service, at);
    }
}
