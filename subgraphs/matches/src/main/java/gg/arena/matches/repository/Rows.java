package gg.arena.matches.repository;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Column reads JDBC makes awkward. */
final class Rows {

    private Rows() {}

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
