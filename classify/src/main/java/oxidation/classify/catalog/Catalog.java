package oxidation.classify.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of Rust-in-Python tools, their incumbents and look-alikes, read from a JSON resource. Its
 * {@link #version()} is the declared version plus a hash of the content, so any change to the content
 * changes the version. Immutable and thread-safe.
 */
public final class Catalog {

    /** The resource the bundled catalog is read from. */
    public static final String RESOURCE = "/oxidation/classify/catalog/catalog.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String version;
    private final List<Tool> tools;
    private final Map<String, Tool> byId;
    private final Map<String, List<String>> contexts;
    private final Map<String, List<String>> signals;
    private final List<Lookalike> lookalikes;

    private Catalog(String version, CatalogFile file) {
        this.version = version;
        this.tools = List.copyOf(file.tools());
        this.contexts = Map.copyOf(file.contexts() == null ? Map.of() : file.contexts());
        this.signals = Map.copyOf(file.signals() == null ? Map.of() : file.signals());
        this.lookalikes = file.lookalikes() == null ? List.of() : List.copyOf(file.lookalikes());
        Map<String, Tool> ids = new LinkedHashMap<>();
        for (Tool tool : tools) {
            if (ids.put(tool.id(), tool) != null) {
                throw new IllegalArgumentException("catalog lists tool '" + tool.id() + "' twice");
            }
        }
        this.byId = Map.copyOf(ids);
        validate();
    }

    /** The catalog bundled with this module. */
    public static Catalog bundled() {
        return Bundled.CATALOG;
    }

    /** A catalog from the bytes of a catalog file; throws IllegalArgumentException when it is not valid. */
    public static Catalog parse(byte[] json) {
        CatalogFile file;
        try {
            file = MAPPER.readValue(json, CatalogFile.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid catalog file: " + e.getMessage(), e);
        }
        if (file.version() == null || file.version().isBlank() || file.tools() == null) {
            throw new IllegalArgumentException("a catalog file needs a 'version' and 'tools'");
        }
        return new Catalog(file.version() + "+" + contentHash(json), file);
    }

    /** The version: the declared version, {@code +}, and the first 10 hex digits of the content's SHA-256. */
    public String version() {
        return version;
    }

    /** Every tool, Rust-in-Python tools first, then incumbents, in file order. */
    public List<Tool> tools() {
        return tools;
    }

    /** The tool with this id. */
    public Optional<Tool> tool(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Named sets of context words that tools refer to as {@code @name}. */
    public Map<String, List<String>> contexts() {
        return contexts;
    }

    /**
     * Named phrase lists the relevance rules read: {@code rust}, {@code rustNot}, {@code link},
     * {@code python}, {@code rustCode}, {@code releaseNotes}, {@code pydanticV1}, {@code pydanticV2}.
     */
    public Map<String, List<String>> signals() {
        return signals;
    }

    /** Projects deliberately left out of the catalog. */
    public List<Lookalike> lookalikes() {
        return lookalikes;
    }

    private void validate() {
        for (Tool tool : tools) {
            for (Relation relation : tool.relations()) {
                if (relation.targetsCatalog() && !byId.containsKey(relation.target())) {
                    throw new IllegalArgumentException("tool '" + tool.id() + "' relation " + relation.kind()
                            + " names unknown tool '" + relation.target() + "'");
                }
            }
            for (String word : tool.context()) {
                if (word.startsWith("@") && !contexts.containsKey(word.substring(1))) {
                    throw new IllegalArgumentException("tool '" + tool.id() + "' refers to unknown context " + word);
                }
            }
        }
    }

    private static String contentHash(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "Catalog " + version + " (" + tools.size() + " tools)";
    }

    private static final class Bundled {
        static final Catalog CATALOG = load();

        private static Catalog load() {
            try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled catalog " + RESOURCE + " is missing");
                }
                return parse(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled catalog " + RESOURCE, e);
            }
        }
    }
}
