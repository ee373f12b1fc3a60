/** The sink: consumes articles.tagged and sources.status into the database with the offsets in the same transaction. */
package oxidation.store.sink;
