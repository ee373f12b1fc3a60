package oxidation.ingest.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether two short texts say the same: most words of the shorter appear in the longer. */
final class Similarity {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Similarity() {
    }

    static boolean similar(String a, String b) {
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        Set<String> shorter = wordsA.size() <= wordsB.size() ? wordsA : wordsB;
        Set<String> longer = shorter == wordsA ? wordsB : wordsA;
        long shared = shorter.stream().filter(longer::contains).count();
        return shared >= Math.max(1, shorter.size() * 0.75) && shorter.size() * 2 >= longer.size() * 0.6;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
