package gg.arena.social.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table known_players: the players social has heard of. */
@Repository
public class KnownPlayerRepository {

    /** A seeded or remembered player. */
    public record KnownPlayer(String playerId, String handle, Instant lastSeenAt) {}

    // Standard MERGE: PostgreSQL 15 and H2 both run it, unlike INSERT .. ON CONFLICT DO UPDATE.
    private static final String REMEMBER = """
            MERGE INTO known_players k
            USING (VALUES (CAST(:id AS VARCHAR(64)), CAST(:handle AS VARCHAR(64)),
                           CAST(:at AS TIMESTAMP WITH TIME ZONE))) AS s (player_id, handle, last_seen_at)
               ON k.player_id = s.player_id
             WHEN MATCHED THEN UPDATE SET handle = s.handle, last_seen_at = s.last_seen_at
             WHEN NOT MATCHED THEN INSERT (player_id, handle, last_seen_at)
                                   VALUES (s.player_id, s.handle, s.last_seen_at)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public KnownPlayerRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts the player or refreshes its handle and last-seen time. */
    public void remember(String playerId, String handle, Instant at) {
        jdbc.sql(REMEMBER)
                .param("id", playerId)
                .param("handle", handle)
                .param("at", SqlTime.bind(at))
                .update();
    }

    public boolean exists(String playerId) {
        return jdbc.sql("SELECT COUNT(*) FROM known_players WHERE player_id = :id")
                .param("id", playerId)
                .query(Long.class)
                .single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM known_players").query(Long.class).single();
    }

    /** Batch insert, for the demo seed. */
    public void insertAll(List<KnownPlayer> players) {
        batch.batchUpdate("INSERT INTO known_players (player_id, handle, last_seen_at) VALUES (?, ?, ?)",
                players, 500, (ps, p) -> {
                    ps.setString(1, p.playerId());
                    ps.setString(2, p.handle());
                    ps.setObject(3, SqlTime.bind(p.lastSeenAt()));
                });
    }
}
