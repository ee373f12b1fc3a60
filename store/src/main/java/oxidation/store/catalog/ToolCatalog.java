package oxidation.store.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import oxidation.classify.catalog.Catalog;

/** The tool catalog as the store sees it: a version and the tools in catalog order. Immutable. */
public final class ToolCatalog {

    private final String version;
    private final List<CatalogTool> tools;
    private final Map<String, CatalogTool> byId;

    private ToolCatalog(String version, List<CatalogTool> tools) {
        this.version = version;
        this.tools = List.copyOf(tools);
        Map<String, CatalogTool> ids = new LinkedHashMap<>();
        for (CatalogTool tool : tools) {
            if (ids.put(tool.id(), tool) != null) {
                throw new IllegalArgumentException("tool '" + tool.id() + "' is listed twice");
            }
        }
        this.byId = Map.copyOf(ids);
    }

    /** A catalog of these tools. */
    public static ToolCatalog of(String version, List<CatalogTool> tools) {
        return new ToolCatalog(version, tools);
    }

    /** The catalog bundled with the classifier, the one articles are tagged with. */
    public static ToolCatalog bundled() {
        Catalog catalog = Catalog.bundled();
        return new ToolCatalog(catalog.version(), catalog.tools().stream()
                .map(t -> new CatalogTool(t.id(), t.displayName(), t.category(), t.incumbent()))
                .toList());
    }

    public String version() {
        return version;
    }

    public List<CatalogTool> tools() {
        return tools;
    }

    public Optional<CatalogTool> tool(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The tools of a category, in catalog order; empty when there is no such category. */
    public List<CatalogTool> category(String category) {
        return tools.stream().filter(t -> t.category().equals(category)).toList();
    }

    /** Whether this tool is one of the Rust-in-Python tools the trend is about (not an incumbent). */
    public boolean isTrendTool(String id) {
        CatalogTool tool = byId.get(id);
        return tool != null && !tool.incumbent();
    }
}
