package oxidation.classify.catalog;

/** A project deliberately left out of the catalog (not Rust, or not usable from Python), and why. */
public record Lookalike(String name, String why, String confusableWith) {
}
