package oxidation.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's database: PostgreSQL or H2 (in PostgreSQL mode), chosen by the JDBC URL, pooled with
 * HikariCP and migrated with Flyway when opened. Thread-safe.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Which database engine a JDBC URL names. */
    public enum Engine { POSTGRESQL, H2 }

    private final HikariDataSource pool;
    private final Engine engine;

    private Database(HikariDataSource pool, Engine engine) {
        this.pool = pool;
        this.engine = engine;
    }

    /** Opens a pool on this database and brings its schema to the newest migration. */
    public static Database open(String jdbcUrl, String user, String password) {
        Engine engine = engineOf(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(engine == Engine.H2 ? withQueryCache(jdbcUrl) : jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("oxidation-store");
        if (engine == Engine.POSTGRESQL) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            var result = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            LOG.info("database {} at schema version {} ({} migrations applied)", engine,
                    result.targetSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, engine);
    }

    /**
     * An H2 URL whose sessions keep more parsed statements than H2's default of 8: a sink batch runs a few dozen
     * distinct statements, and parsing the large counter merges again each batch cost a seventh of its time.
     */
    static String withQueryCache(String jdbcUrl) {
        return jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";QUERY_CACHE_SIZE=") ? jdbcUrl
                : jdbcUrl + ";QUERY_CACHE_SIZE=64";
    }

    static Engine engineOf(String jdbcUrl) {
        if (jdbcUrl == null) {
            throw new IllegalArgumentException("no JDBC URL");
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Engine.POSTGRESQL;
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return Engine.H2;
        }
        throw new IllegalArgumentException("unsupported JDBC URL '" + jdbcUrl
                + "': the store runs on jdbc:postgresql: or jdbc:h2:");
    }

    public Engine engine() {
        return engine;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        }
    }

    /**
     * Runs writing work that reads only by key in one transaction. On PostgreSQL, sequential scans, hash joins
     * and merge joins are switched off for it: a table without statistics yet (fresh, or growing fast before
     * autovacuum analyzes it) would otherwise be scanned whole for every IN list, key lookup and MERGE of a batch
     * instead of probed by key.
     */
    public <T> T inWriteTransaction(SqlWork<T> work) throws SQLException {
        return inTransaction(c -> {
            if (engine == Engine.POSTGRESQL) {
                try (var s = c.createStatement()) {
                    s.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off;"
                            + " SET LOCAL enable_mergejoin = off");
                }
            }
            return work.run(c);
        });
    }

    /** Runs read-only work on a pooled connection in auto-commit mode. */
    public <T> T read(SqlWork<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        }
    }

    /** Whether the database answers a trivial query within a second. */
    public boolean ping() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
