package oxidation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabaseIT {

    @Test
    void eachCallGetsItsOwnSchemaOnARealPostgres() throws Exception {
        TestDatabase.Database first = TestDatabase.postgres();
        TestDatabase.Database second = TestDatabase.postgres();

        try (Connection a = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password());
                Connection b = DriverManager.getConnection(second.jdbcUrl(), second.user(), second.password());
                Statement sa = a.createStatement();
                Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE probe (id int PRIMARY KEY)");
            sa.execute("INSERT INTO probe VALUES (1), (2)");
            sb.execute("CREATE TABLE probe (id int PRIMARY KEY)");

            try (ResultSet rows = sa.executeQuery("SELECT count(*), version() FROM probe")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
                assertThat(rows.getString(2)).startsWith("PostgreSQL");
            }
            try (ResultSet rows = sb.executeQuery("SELECT count(*) FROM probe")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }
}
