package oxidation.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import oxidation.store.db.Sql;

/** Facts about the whole timeline that several queries need. */
final class Stats {

    private Stats() {
    }

    /** The first and last day with articles, both null when there are none. */
    static LocalDate[] dayRange(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MIN(pub_day), MAX(pub_day) FROM day_total");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return new LocalDate[] {Sql.date(rs, 1), Sql.date(rs, 2)};
        }
    }
}
