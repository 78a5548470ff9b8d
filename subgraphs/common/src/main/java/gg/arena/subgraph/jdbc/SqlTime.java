package gg.arena.subgraph.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE} columns. Both drivers (H2, PostgreSQL)
 * map that type to {@link OffsetDateTime} without consulting the JVM's time zone; binding an
 * {@link Instant} directly is not portable between them.
 */
public final class SqlTime {

    private SqlTime() {}

    /** The value to bind for {@code instant} (UTC), or null. */
    public static OffsetDateTime bind(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in {@code column}, or null. */
    public static Instant read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
