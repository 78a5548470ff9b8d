package gg.arena.social;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a failed mutation must leave unchanged: row counts of every table, request statuses, and
 * the latest last-seen times (a rolled-back "remember the player" would move them).
 */
public record DatabaseSnapshot(Map<String, Object> values) {

    public static DatabaseSnapshot take(JdbcClient jdbc) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String table : new String[] {"known_players", "friendships", "friend_requests", "presences", "chat_messages"}) {
            values.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        values.put("requests by status", jdbc.sql(
                        "SELECT status, COUNT(*) AS n FROM friend_requests GROUP BY status ORDER BY status")
                .query((rs, i) -> rs.getString("status") + "=" + rs.getLong("n"))
                .list());
        values.put("known_players.last_seen_at", jdbc.sql("SELECT MAX(last_seen_at) FROM known_players")
                .query(String.class).optional().orElse(null));
        values.put("presences.last_seen_at", jdbc.sql("SELECT MAX(last_seen_at) FROM presences")
                .query(String.class).optional().orElse(null));
        values.put("friendships.since", jdbc.sql("SELECT MAX(since) FROM friendships")
                .query(String.class).optional().orElse(null));
        return new DatabaseSnapshot(values);
    }
}
