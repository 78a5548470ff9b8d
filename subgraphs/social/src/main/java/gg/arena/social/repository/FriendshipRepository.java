package gg.arena.social.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.social.domain.Friend;
import gg.arena.social.domain.FriendsPage;
import gg.arena.social.domain.Player;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table friendships: each accepted friendship as two rows, one per direction. */
@Repository
public class FriendshipRepository {

    /** One direction of a friendship, for batch inserts. */
    public record Row(String playerId, String friendId, Instant since) {}

    /*
     * One statement for many players: number each player's friends most recent first and keep
     * the requested window. Row 1 is kept as well so that a window past the end still tells
     * the total; the caller drops it when it lies outside the window.
     */
    private static final String PAGES = """
            SELECT t.player_id, t.friend_id, k.handle AS friend_handle, t.since, t.rn, t.total
              FROM (SELECT f.player_id, f.friend_id, f.since,
                           ROW_NUMBER() OVER (PARTITION BY f.player_id ORDER BY f.since DESC, f.friend_id) AS rn,
                           COUNT(*) OVER (PARTITION BY f.player_id) AS total
                      FROM friendships f
                     WHERE f.player_id IN (:ids)) t
              LEFT JOIN known_players k ON k.player_id = t.friend_id
             WHERE (t.rn > :from AND t.rn <= :to) OR t.rn = 1
             ORDER BY t.player_id, t.rn
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public FriendshipRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * The window [offset, offset + size) of each player's friends, most recent first, in one
     * statement. Every asked id gets a page, empty for a player without friends.
     */
    public Map<String, FriendsPage> pages(Collection<String> playerIds, long offset, int size) {
        Map<String, List<Friend>> friends = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        jdbc.sql(PAGES)
                .param("ids", List.copyOf(playerIds))
                .param("from", offset)
                .param("to", offset + size)
                .query(rs -> {
                    String playerId = rs.getString("player_id");
                    totals.put(playerId, rs.getInt("total"));
                    long rn = rs.getLong("rn");
                    if (rn > offset && rn <= offset + size) {
                        friends.computeIfAbsent(playerId, id -> new ArrayList<>()).add(new Friend(
                                Player.withHandle(rs.getString("friend_id"), rs.getString("friend_handle")),
                                SqlTime.read(rs, "since")));
                    }
                });
        Map<String, FriendsPage> pages = new HashMap<>();
        for (String id : playerIds) {
            pages.put(id, new FriendsPage(friends.getOrDefault(id, List.of()), offset, totals.getOrDefault(id, 0)));
        }
        return pages;
    }

    public boolean areFriends(String playerId, String otherId) {
        return jdbc.sql("SELECT COUNT(*) FROM friendships WHERE player_id = :a AND friend_id = :b")
                .param("a", playerId)
                .param("b", otherId)
                .query(Long.class)
                .single() > 0;
    }

    /** Records a friendship in both directions. */
    public void befriend(String playerId, String otherId, Instant since) {
        insertAll(List.of(new Row(playerId, otherId, since), new Row(otherId, playerId, since)));
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM friendships").query(Long.class).single();
    }

    /** Batch insert of single directions; callers add both. */
    public void insertAll(List<Row> rows) {
        batch.batchUpdate("INSERT INTO friendships (player_id, friend_id, since) VALUES (?, ?, ?)",
                rows, 1000, (ps, r) -> {
                    ps.setString(1, r.playerId());
                    ps.setString(2, r.friendId());
                    ps.setObject(3, SqlTime.bind(r.since()));
                });
    }
}
