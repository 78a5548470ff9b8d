package gg.arena.players.repository;

import gg.arena.players.domain.Player;
import gg.arena.players.domain.Region;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.jdbc.core.RowMapper;

/**
 * A row of table {@code player}. {@code handleLower} carries the unique index that makes
 * handles unique case-insensitively on every database, without functional indexes.
 */
@Table("player")
public record PlayerRow(
        @Id String id,
        String handle,
        String handleLower,
        String displayName,
        String region,
        int rating,
        String email,
        String passwordHash,
        Instant createdAt) {

    /** Maps a {@code SELECT *} row; reads the timestamp as OffsetDateTime, which H2 and PostgreSQL both support. */
    public static final RowMapper<PlayerRow> MAPPER = PlayerRow::map;

    public Player toPlayer() {
        return new Player(id, handle, displayName, Region.valueOf(region), rating, createdAt, email);
    }

    private static PlayerRow map(ResultSet rs, int rowNum) throws SQLException {
        return new PlayerRow(
                rs.getString("id"),
                rs.getString("handle"),
                rs.getString("handle_lower"),
                rs.getString("display_name"),
                rs.getString("region"),
                rs.getInt("rating"),
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
