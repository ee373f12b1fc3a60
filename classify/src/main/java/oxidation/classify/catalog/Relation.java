package oxidation.classify.catalog;

/**
 * How a tool relates to another: {@code replaces}, {@code alternative-to}, {@code successor-of},
 * {@code builds-with} name another catalog id; {@code engine-of} names the product the tool powers.
 */
public record Relation(String kind, String target) {

    public Relation {
        if (kind == null || kind.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a relation needs a kind and a target, was " + kind + " " + target);
        }
    }

    /** Whether the target must be a catalog id. */
    boolean targetsCatalog() {
        return !kind.equals("engine-of");
    }
}
