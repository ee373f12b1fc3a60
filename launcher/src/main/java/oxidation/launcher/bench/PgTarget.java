package oxidation.launcher.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A PostgreSQL server to measure on: every measurement gets a fresh schema, dropped when the run ends.
 *
 * @param url a {@code jdbc:postgresql:} URL
 */
record PgTarget(String url, String user, String password, List<String> schemas) {

    PgTarget(String url, String user, String password) {
        this(url, user, password, new ArrayList<>());
    }

    /** Creates a fresh schema and returns the JDBC URL that uses it. */
    String freshSchemaUrl() throws SQLException {
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops every schema this run created. */
    void dropSchemas() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
        schemas.clear();
    }
}
