/** The catalog of Rust-in-Python tools and their incumbents, loaded from a versioned resource file. */
package oxidation.classify.catalog;
