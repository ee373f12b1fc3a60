package oxidation.classify.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharsTest {

    private static boolean fastNfkc(String text) {
        return Chars.nfkcSafe(text.toCharArray(), text.length());
    }

    private static boolean nfkc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC);
    }

    @Test
    void normalizesEveryReferenceTextAsTheJdkNormalizer() {
        Workspace workspace = new Workspace();
        for (GoldenTags.Input input : GoldenTags.inputs()) {
            String text = input.text();
            assertThat(Document.of(text, workspace).normalized(workspace).text()).as(input.name())
                    .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
            assertThat(!fastNfkc(text) || nfkc(text)).as(input.name()).isTrue();
        }
    }

    @Test
    void neverCallsATextSafeThatIsNotNfkc() {
        List<String> texts = List.of("ﬁx", "ruﬀ", "Ｐｏｌａｒｓ", "a\u00a0b", "e\u0301", "가\u11a8", "\u1100\u1161",
                "½", "x\u2126", "\u212a", "ｶﾞ", "a\u0316\u0301", "\ud835\udc00", "\u2026");
        for (String text : texts) {
            assertThat(fastNfkc(text)).as(text).isFalse();
        }
    }

    @Test
    void leavesLoneSurrogatesToTheNormalizer() {
        for (String text : List.of("\ud800", "a\udc00", "x\udbff y", "\udc00\ud800")) {
            assertThat(fastNfkc(text)).as(text).isFalse();
        }
    }

    @Test
    void callsAsciiEmojiAndCommonPunctuationSafe() {
        assertThat(fastNfkc("plain ASCII, with `code` and {braces}")).isTrue();
        assertThat(fastNfkc("It’s “quoted” — crème brûlée, naïve café; 日本語のテキスト, 한국어")).isTrue();
        assertThat(fastNfkc("Rust 🦀 and Python 🐍, a star ⭐️")).isTrue();
    }

    @Test
    void neverCallsASingleCodePointBetweenLettersSafeWhenItIsNotNfkc() {
        List<String> failures = new ArrayList<>();
        for (int c = 0; c < 0x20000; c++) {
            if (Character.getType(c) == Character.SURROGATE) {
                continue;
            }
            for (String text : List.of("a" + Character.toString(c) + "b", "é" + Character.toString(c) + "e")) {
                if (fastNfkc(text) && !nfkc(text)) {
                    failures.add(Integer.toHexString(c));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void neverCallsARandomPairOfCodePointsSafeWhenItIsNotNfkc() {
        Random random = new Random(7);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < 300_000; k++) {
            int a = random.nextInt(0x20000);
            int b = random.nextBoolean() ? random.nextInt(0x20000) : 0x300 + random.nextInt(0x100);
            if (Character.getType(a) == Character.SURROGATE || Character.getType(b) == Character.SURROGATE) {
                continue;
            }
            String text = Character.toString(a) + Character.toString(b);
            if (fastNfkc(text) && !nfkc(text)) {
                failures.add(Integer.toHexString(a) + "+" + Integer.toHexString(b));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void tellsWordCharsSpacesAndWhitespaceLikeTheCharacterClass() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertThat(Chars.word(ch)).isEqualTo(c == '_' || Character.isLetterOrDigit(c) && c < 0x2E80);
            assertThat(Chars.space(ch)).isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
            assertThat(Chars.whitespace(ch)).isEqualTo(Character.isWhitespace(c));
        }
    }
}
