package gg.arena.social.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.social.domain.Presence;
import gg.arena.social.domain.PresenceStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table presences. */
@Repository
public class PresenceRepository {

    /** A stored presence, for batch inserts. */
    public record Row(String playerId, PresenceStatus status, Instant lastSeenAt) {}

    private static final String UPSERT = """
            MERGE INTO presences p
            USING (VALUES (CAST(:id AS VARCHAR(64)), CAST(:status AS VARCHAR(16)),
                           CAST(:at AS TIMESTAMP WITH TIME ZONE))) AS s (player_id, status, last_seen_at)
               ON p.player_id = s.player_id
             WHEN MATCHED THEN UPDATE SET status = s.status, last_seen_at = s.last_seen_at
             WHEN NOT MATCHED THEN INSERT (player_id, status, last_seen_at)
                                   VALUES (s.player_id, s.status, s.last_seen_at)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public PresenceRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The stored presences of these players, in one statement; players without one are absent. */
    public Map<String, Presence> findAll(Collection<String> playerIds) {
        Map<String, Presence> found = new HashMap<>();
        jdbc.sql("SELECT player_id, status, last_seen_at FROM presences WHERE player_id IN (:ids)")
                .param("ids", List.copyOf(playerIds))
                .query(rs -> {
                    found.put(rs.getString("player_id"), new Presence(
                            PresenceStatus.valueOf(rs.getString("status")), SqlTime.read(rs, "last_seen_at")));
                });
        return found;
    }

    public void save(String playerId, Presence presence) {
        jdbc.sql(UPSERT)
                .param("id", playerId)
                .param("status", presence.status().name())
                .param("at", SqlTime.bind(presence.lastSeenAt()))
                .update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM presences").query(Long.class).single();
    }

    /** Batch insert, for the demo seed. */
    public void insertAll(List<Row> rows) {
        batch.batchUpdate("INSERT INTO presences (player_id, status, last_seen_at) VALUES (?, ?, ?)",
                rows, 500, (ps, r) -> {
                    ps.setString(1, r.playerId());
                    ps.setString(2, r.status().name());
                    ps.setObject(3, SqlTime.bind(r.lastSeenAt()));
                });
    }
}
