package oxidation.store.catalog;

/**
 * What the store needs to know of one catalog tool.
 *
 * @param incumbent true for the tools the Rust ones replace (pip, black, pandas), tracked for co-mentions
 */
public record CatalogTool(String id, String name, String category, boolean incumbent) {

    public CatalogTool {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a tool needs an id");
        }
        name = name == null || name.isBlank() ? id : name;
        category = category == null || category.isBlank() ? "other" : category;
    }
}
