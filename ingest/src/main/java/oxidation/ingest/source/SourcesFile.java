package oxidation.ingest.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import oxidation.events.CanonicalUrl;
import oxidation.events.Source;
import oxidation.events.SourceKind;

/**
 * The YAML sources file: a list of sources, each with an id, url and kind, and optionally a tool, a poll
 * interval (ISO-8601, {@code PT1H}) and {@code enabled: false}; a {@code defaults.pollInterval} applies to
 * entries without their own.
 *
 * <pre>
 * defaults:
 *   pollInterval: PT30M
 * sources:
 *   - id: uv-releases
 *     url: https://github.com/astral-sh/uv/releases.atom
 *     kind: github-releases
 *     tool: uv
 * </pre>
 */
public final class SourcesFile {

    /** The default sources file shipped with ingest, on the class path. */
    public static final String DEFAULT_RESOURCE = "/sources/default.yaml";

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    private SourcesFile() {
    }

    /** The sources of a file. */
    public static List<Source> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    /** The default sources shipped with ingest. */
    public static List<Source> defaults() {
        try (InputStream in = SourcesFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
            }
            return parse(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * The sources of YAML text.
     *
     * @param origin names the input in error messages
     * @throws IllegalArgumentException naming the entry and field when the text is not a valid sources file
     */
    public static List<Source> parse(InputStream yaml, String origin) throws IOException {
        FileModel model;
        try {
            model = YAML.readValue(yaml, FileModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": not a sources file: " + e.getOriginalMessage(), e);
        }
        if (model == null || model.sources() == null) {
            throw new IllegalArgumentException(origin + ": no 'sources' list");
        }
        Duration fallback = model.defaults() == null ? null
                : duration(model.defaults().pollInterval(), origin + ": defaults.pollInterval");
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < model.sources().size(); i++) {
            Source source = toSource(model.sources().get(i), fallback, origin + ": source " + (i + 1));
            if (!ids.add(source.id())) {
                throw new IllegalArgumentException(origin + ": source " + (i + 1) + ": duplicate id '" + source.id() + "'");
            }
            sources.add(source);
        }
        return List.copyOf(sources);
    }

    /** The YAML text of sources, readable by {@link #parse}. */
    public static String write(List<Source> sources) {
        List<Entry> entries = sources.stream().map(s -> new Entry(s.id(), s.url(), s.kind().wireName(), s.tool(),
                s.pollInterval() == null ? null : s.pollInterval().toString(), s.enabled() ? null : false)).toList();
        try {
            return YAML.writeValueAsString(new FileModel(null, entries));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sources always serialize", e);
        }
    }

    private static Source toSource(Entry e, Duration fallback, String where) {
        if (e == null) {
            throw new IllegalArgumentException(where + ": empty entry");
        }
        try {
            if (e.kind() == null) {
                throw new IllegalArgumentException("missing required field 'kind'");
            }
            if (e.url() != null) {
                CanonicalUrl.of(e.url());
            }
            Duration interval = e.pollInterval() == null ? fallback : duration(e.pollInterval(), "field 'pollInterval'");
            return new Source(Source.SCHEMA, e.id(), e.url(), SourceKind.fromWireName(e.kind()), interval,
                    e.tool(), e.enabled() == null || e.enabled());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(where + (e.id() == null ? "" : " ('" + e.id() + "')") + ": "
                    + ex.getMessage(), ex);
        }
    }

    private static Duration duration(String text, String where) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + text
                    + "' is not an ISO-8601 duration such as PT30M", e);
        }
    }

    record FileModel(Defaults defaults, List<Entry> sources) {
    }

    record Defaults(String pollInterval) {
    }

    @JsonPropertyOrder({"id", "url", "kind", "tool", "pollInterval", "enabled"})
    record Entry(String id, String url, String kind, String tool, String pollInterval, Boolean enabled) {
    }
}
