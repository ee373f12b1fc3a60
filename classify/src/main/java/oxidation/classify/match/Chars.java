package oxidation.classify.match;

import java.text.Normalizer;

/**
 * Per-char facts the tagger asks for every char it looks at, as one table lookup each: whether a char
 * glues to a word, counts as whitespace, and whether a text made only of such chars is surely in NFKC.
 */
final class Chars {

    /** A letter or digit of an alphabetic script, or an underscore: it glues to a word. */
    private static final byte WORD = 1;
    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}: the automaton reads it as a space. */
    private static final byte SPACE = 2;
    /** {@link Character#isWhitespace}: snippets collapse it. */
    private static final byte WHITESPACE = 4;
    private static final byte[] FLAGS = flags();

    private Chars() {
    }

    static boolean word(char c) {
        return (FLAGS[c] & WORD) != 0;
    }

    static boolean space(char c) {
        return (FLAGS[c] & SPACE) != 0;
    }

    static boolean whitespace(char c) {
        return (FLAGS[c] & WHITESPACE) != 0;
    }

    /** 1 for {@link #whitespace} chars, else 0. */
    static int whitespaceBit(char c) {
        return (FLAGS[c] & WHITESPACE) >>> 2;
    }

    /**
     * Whether the text is surely in NFKC because every char is ASCII or an NFKC-safe code point; false
     * means only that the normalizer must tell.
     */
    static boolean nfkcSafe(char[] text, int length) {
        long[] safe = NfkcSafe.BITS;
        int i = 0;
        while (i < length) {
            if (i + 4 <= length && (text[i] | text[i + 1] | text[i + 2] | text[i + 3]) < 0x80) {
                i += 4;
                continue;
            }
            int c = text[i++];
            if (c < 0x80) {
                continue;
            }
            if (Character.isHighSurrogate((char) c) && i < length && Character.isLowSurrogate(text[i])) {
                c = Character.toCodePoint((char) c, text[i++]);
            }
            if (c >= NfkcSafe.LIMIT || (safe[c >>> 6] & 1L << c) == 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] flags() {
        byte[] flags = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int f = 0;
            if (c == '_' || (Character.isLetterOrDigit(c) && c < 0x2E80)) {
                f |= WORD;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                f |= SPACE;
            }
            if (Character.isWhitespace(c)) {
                f |= WHITESPACE;
            }
            flags[c] = (byte) f;
        }
        return flags;
    }

    /**
     * The code points (below {@link #LIMIT}; surrogate chars alone never) that leave any text made of such
     * code points in NFKC: each is in NFKC on its own, is a starter (canonical combining class 0: it is not
     * moved before a preceding class-240 mark), and
     * neither it nor the first char of its decomposition composes with a char before it (is the second
     * char of a canonical decomposition). Built on first use from the JDK's own normalizer.
     */
    private static final class NfkcSafe {

        /** The BMP and the supplementary multilingual plane (emoji, symbols). */
        static final int LIMIT = 0x20000;
        static final long[] BITS = table();

        private static long[] table() {
            boolean[] second = new boolean[LIMIT];
            for (int c = 0; c < LIMIT; c++) {
                if (!assigned(c)) {
                    continue;
                }
                String s = Character.toString(c);
                if (!Normalizer.isNormalized(s, Normalizer.Form.NFD)) {
                    String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
                    nfd.codePoints().skip(1).filter(d -> d < LIMIT).forEach(d -> second[d] = true);
                }
            }
            long[] bits = new long[LIMIT / 64];
            for (int c = 0; c < LIMIT; c++) {
                if (c < 0x80 || assigned(c) && safe(c, second)) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            return bits;
        }

        private static boolean assigned(int c) {
            int type = Character.getType(c);
            return type != Character.UNASSIGNED && type != Character.SURROGATE;
        }

        private static boolean safe(int c, boolean[] second) {
            String s = Character.toString(c);
            if (second[c] || c == 0x0345 || !Normalizer.isNormalized(s, Normalizer.Form.NFKC)
                    || !Normalizer.isNormalized("a\u0345" + s, Normalizer.Form.NFC)) {
                return false;
            }
            int first = Normalizer.normalize(s, Normalizer.Form.NFKD).codePointAt(0);
            return first < LIMIT && !second[first];
        }
    }
}
