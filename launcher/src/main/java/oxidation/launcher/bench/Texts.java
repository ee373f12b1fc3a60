package oxidation.launcher.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import oxidation.launcher.up.DemoSources;

/**
 * Benchmark text: paragraphs of the real release notes bundled with the launcher (the offline demo's
 * changelogs), combined by a seeded random into documents that do not repeat, so compression and caches
 * see text like the product's and never the same record twice in a batch.
 */
final class Texts {


    private final List<String> paragraphs;
    private final Random random;

    private Texts(List<String> paragraphs, long seed) {
        this.paragraphs = paragraphs;
        this.random = new Random(seed);
    }

    /** The bundled changelog paragraphs (at least 80 characters each), drawn with this seed. */
    static Texts bundled(long seed) {
        List<String> paragraphs = new ArrayList<>();
        for (String file : DemoSources.FILES) {
            for (String block : read(file).split("\\n\\s*\\n")) {
                String text = block.strip().replaceAll("\\s+", " ");
                if (text.length() >= 80) {
                    paragraphs.add(text);
                }
            }
        }
        if (paragraphs.size() < 100) {
            throw new IllegalStateException("the bundled changelogs hold only " + paragraphs.size() + " paragraphs");
        }
        return new Texts(List.copyOf(paragraphs), seed);
    }

    /** Every paragraph once, in file order: the whole text, about 1 MB. */
    List<String> paragraphs() {
        return paragraphs;
    }

    /** A paragraph drawn at random. */
    String paragraph() {
        return paragraphs.get(random.nextInt(paragraphs.size()));
    }

    /** About {@code chars} characters of paragraphs drawn at random, opened by a line unique to {@code n}. */
    List<String> document(int n, int chars) {
        List<String> out = new ArrayList<>();
        out.add("Note " + n + " of " + Long.toHexString(random.nextLong()) + ": what changed in the Python tools"
                + " written in Rust.");
        int length = out.get(0).length();
        while (length < chars) {
            String p = paragraph();
            out.add(p);
            length += p.length() + 2;
        }
        return out;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private static String read(String file) {
        try (InputStream in = Texts.class.getResourceAsStream("/demo/changelogs/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled changelog missing: /demo/changelogs/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
