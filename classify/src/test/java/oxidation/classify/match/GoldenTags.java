package oxidation.classify.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import oxidation.classify.catalog.Catalog;
import oxidation.testkit.SharedData;

/**
 * The tagger's whole output (tags, mentions, confidences, rules, evidence snippets and offsets, relevance)
 * over the dev corpus, the changelog fixtures, the extraction fixtures' pages and a few Unicode edge
 * texts, each tagged as a plain text, as a post (first line as title) and, for changelogs, as the tool's
 * release notes. {@link #main} writes it as the golden file that {@code TaggerGoldenTest} compares with;
 * run it again only when the catalog or a rule changes on purpose, and review the difference.
 */
final class GoldenTags {

    static final String RESOURCE = "golden-tags.jsonl.gz";
    static final String EDGE_TEXTS = "unicode-edge-texts.txt";
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private GoldenTags() {
    }

    /** One named input. */
    record Input(String name, String text) {
    }

    static List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(files("corpus/dev", f -> !f.endsWith(".jsonl")));
        inputs.addAll(files("fixtures/changelogs", f -> true));
        try (Stream<Path> cases = Files.list(SharedData.path("fixtures/extraction"))) {
            cases.filter(Files::isDirectory).sorted().forEach(dir -> inputs.add(
                    new Input("fixtures/extraction/" + dir.getFileName() + "/expected.html",
                            read(dir.resolve("expected.html")))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String edge = resource(EDGE_TEXTS);
        String[] parts = edge.split("\n----\n");
        for (int i = 0; i < parts.length; i++) {
            inputs.add(new Input(EDGE_TEXTS + "#" + i, parts[i]));
        }
        inputs.add(new Input("empty", ""));
        inputs.add(new Input("blank", " \n\t\n "));
        return inputs;
    }

    /** Every output line for these inputs, tagged by this tagger. */
    static List<String> lines(Tagger tagger, List<Input> inputs) {
        List<String> lines = new ArrayList<>();
        for (Input input : inputs) {
            lines.add(line(input.name(), "text", tagger.tag(input.text())));
            int newline = input.text().indexOf('\n');
            String title = newline < 0 ? input.text() : input.text().substring(0, newline);
            String body = newline < 0 ? "" : input.text().substring(newline + 1);
            lines.add(line(input.name(), "post", tagger.tag(Articles.post("https://example.org/" + input.name(),
                    title, body))));
            String tool = releaseTool(tagger.catalog(), input.name());
            if (tool != null) {
                lines.add(line(input.name(), "release", tagger.tag(Articles.release(
                        "https://example.org/release/" + input.name(), tool, "1.0.0", title, body))));
            }
        }
        return lines;
    }

    private static String releaseTool(Catalog catalog, String name) {
        if (!name.startsWith("fixtures/changelogs/")) {
            return null;
        }
        String file = name.substring("fixtures/changelogs/".length()).replaceFirst("\\.(md|rst)$", "");
        for (String id : List.of(file, file.replaceFirst("(-\\d.*|-BREAKING.*|-python|-rust)$", ""))) {
            if (catalog.tool(id).isPresent()) {
                return id;
            }
        }
        return null;
    }

    private static String line(String name, String mode, TagResult result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("input", name);
        line.put("mode", mode);
        line.put("result", result);
        try {
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Input> files(String dir, java.util.function.Predicate<String> keep) {
        try (Stream<Path> files = Files.list(SharedData.path(dir))) {
            return files.filter(f -> keep.test(f.getFileName().toString())).sorted()
                    .map(f -> new Input(dir + "/" + f.getFileName(), read(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = GoldenTags.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            byte[] bytes = name.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the golden file: {@code GoldenTags <path of golden-tags.jsonl.gz>}. */
    public static void main(String[] args) throws IOException {
        List<String> lines = lines(Tagger.of(Catalog.bundled()), inputs());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        System.out.println(lines.size() + " lines written to " + args[0]);
    }
}
