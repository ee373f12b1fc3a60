/** The relational database: connection pool, migrations, transactions and the small JDBC helpers. */
package oxidation.store.db;
