package oxidation.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Atom content of a non-text media type is base64: its text when it decodes to UTF-8, else null. */
final class Base64Content {

    private Base64Content() {
    }

    static String decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(value.strip());
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }
}
