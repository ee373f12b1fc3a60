/** The tools the store knows: ids, names, categories and incumbents, taken from the classifier's catalog. */
package oxidation.store.catalog;
