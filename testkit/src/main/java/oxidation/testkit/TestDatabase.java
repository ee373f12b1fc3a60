package oxidation.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Databases for integration tests. PostgreSQL is the local server that {@code .ci/run} starts
 * (configured by {@code OXIDATION_TEST_PG_URL}, {@code OXIDATION_TEST_PG_USER} and
 * {@code OXIDATION_TEST_PG_PASSWORD}), or a container when {@code OXIDATION_TEST_CONTAINERS=true}.
 * Each call gets a fresh schema, so tests never see each other's rows.
 */
public final class TestDatabase {

    /** How to connect to a test database. */
    public record Database(String jdbcUrl, String user, String password) {
    }

    private static PostgreSQLContainer container;

    private TestDatabase() {
    }

    /**
     * A fresh schema on the test PostgreSQL server. Under {@code CI=true} an unreachable server fails the
     * test; elsewhere the test is skipped with the reason.
     */
    public static Database postgres() {
        Database server = server();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String reason = "PostgreSQL for tests is not reachable at " + server.jdbcUrl() + " as " + server.user()
                    + ": " + e.getMessage() + " (start it with .ci/run, or set OXIDATION_TEST_PG_URL)";
            if (TestEnvironment.underCi()) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        }
        String separator = server.jdbcUrl().contains("?") ? "&" : "?";
        return new Database(server.jdbcUrl() + separator + "currentSchema=" + schema, server.user(), server.password());
    }

    /** An embedded H2 file database in PostgreSQL mode under {@code dir}. */
    public static Database h2(Path dir) {
        return new Database("jdbc:h2:file:" + dir.toAbsolutePath().resolve("store") + ";MODE=PostgreSQL", "sa", "");
    }

    private static synchronized Database server() {
        if (!TestEnvironment.useContainers()) {
            return new Database(
                    TestEnvironment.get("OXIDATION_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/oxidation_test"),
                    TestEnvironment.get("OXIDATION_TEST_PG_USER", "oxidation"),
                    TestEnvironment.get("OXIDATION_TEST_PG_PASSWORD", "oxidation"));
        }
        if (container == null) {
            container = new PostgreSQLContainer(TestEnvironment.postgresImage());
            container.start();
        }
        return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
