package oxidation.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** JDBC conversions shared by every table: instants as UTC timestamps, dates as dates, lists as arrays. */
public final class Sql {

    private Sql() {
    }

    /**
     * A row source of parameter arrays, one array per column, each cast to an array of its SQL type: one
     * statement text for any number of rows, which PostgreSQL and H2 parse and plan once. Bind each with
     * {@link Connection#createArrayOf}; types are code constants, never input.
     */
    public static String unnest(List<String> sqlTypes) {
        return "(SELECT * FROM UNNEST(" + sqlTypes.stream().map(t -> "CAST(? AS " + t + " ARRAY)")
                .collect(Collectors.joining(", ")) + "))";
    }

    /** {@code ?, ?, ?} for an IN list of n parameters. */
    public static String placeholders(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    public static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        s.setObject(index, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static void setDate(PreparedStatement s, int index, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, java.sql.Types.DATE);
            return;
        }
        s.setObject(index, value);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** The UTC day of an instant. */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
