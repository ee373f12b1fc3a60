package oxidation.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token-level precision, recall and F1 of an extracted text against the expected one, as bags of
 * lowercase words (runs of letters and digits; each Han, Hiragana or Katakana character is a word, as
 * those scripts do not separate words with spaces).
 */
record TokenF1(double precision, double recall, double f1) {

    private static final Pattern TOKEN = Pattern.compile("\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}|[\\p{L}\\p{N}]+");

    static TokenF1 of(String extracted, String expected) {
        Map<String, Integer> got = bag(extracted);
        Map<String, Integer> want = bag(expected);
        int shared = 0;
        for (Map.Entry<String, Integer> token : got.entrySet()) {
            shared += Math.min(token.getValue(), want.getOrDefault(token.getKey(), 0));
        }
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        double precision = gotTotal == 0 ? 0 : (double) shared / gotTotal;
        double recall = wantTotal == 0 ? 0 : (double) shared / wantTotal;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TokenF1(precision, recall, f1);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }
}
