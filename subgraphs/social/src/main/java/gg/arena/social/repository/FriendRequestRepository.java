package gg.arena.social.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.social.domain.FriendRequest;
import gg.arena.social.domain.FriendRequestStatus;
import gg.arena.social.domain.Player;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table friend_requests. */
@Repository
public class FriendRequestRepository {

    private static final String SELECT = """
            SELECT r.id, r.from_id, kf.handle AS from_handle, r.to_id, kt.handle AS to_handle,
                   r.status, r.created_at
              FROM friend_requests r
              LEFT JOIN known_players kf ON kf.player_id = r.from_id
              LEFT JOIN known_players kt ON kt.player_id = r.to_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public FriendRequestRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * The key of the unique index that allows one pending request per pair of players,
     * whichever of them asked.
     */
    public static String pendingPair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** Inserts a PENDING request; a second pending request for the same pair violates the unique index. */
    public void insertPending(FriendRequest request) {
        insertAll(List.of(request));
    }

    public Optional<FriendRequest> findById(String id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(FriendRequestRepository::map).optional();
    }

    /** The pending request between two players, in either direction. */
    public Optional<FriendRequest> findPendingBetween(String a, String b) {
        return jdbc.sql(SELECT + " WHERE r.pending_pair = :pair")
                .param("pair", pendingPair(a, b))
                .query(FriendRequestRepository::map)
                .optional();
    }

    /** Pending requests sent by or to the player, newest first. */
    public List<FriendRequest> findPendingInvolving(String playerId) {
        return jdbc.sql(SELECT + """
                         WHERE r.status = 'PENDING' AND (r.to_id = :id OR r.from_id = :id)
                         ORDER BY r.created_at DESC, r.id
                        """)
                .param("id", playerId)
                .query(FriendRequestRepository::map)
                .list();
    }

    /**
     * Moves a PENDING request to ACCEPTED or DECLINED and frees its pair; returns false when it
     * was no longer pending (answered concurrently), so exactly one answer wins.
     */
    public boolean answer(String id, FriendRequestStatus status, Instant at) {
        return jdbc.sql("""
                        UPDATE friend_requests
                           SET status = :status, answered_at = :at, pending_pair = NULL
                         WHERE id = :id AND status = 'PENDING'
                        """)
                .param("status", status.name())
                .param("at", SqlTime.bind(at))
                .param("id", id)
                .update() == 1;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM friend_requests").query(Long.class).single();
    }

    /** Batch insert, for the demo seed; every request must be PENDING. */
    public void insertAll(List<FriendRequest> requests) {
        batch.batchUpdate("""
                INSERT INTO friend_requests (id, from_id, to_id, status, created_at, pending_pair)
                VALUES (?, ?, ?, 'PENDING', ?, ?)
                """, requests, 500, (ps, r) -> {
                    if (r.status() != FriendRequestStatus.PENDING) {
                        throw new IllegalArgumentException("only pending requests are inserted: " + r.id());
                    }
                    ps.setString(1, r.id());
                    ps.setString(2, r.from().id());
                    ps.setString(3, r.to().id());
                    ps.setObject(4, SqlTime.bind(r.createdAt()));
                    ps.setString(5, pendingPair(r.from().id(), r.to().id()));
                });
    }

    private static FriendRequest map(ResultSet rs, int row) throws SQLException {
        return new FriendRequest(
                rs.getString("id"),
                Player.withHandle(rs.getString("from_id"), rs.getString("from_handle")),
                Player.withHandle(rs.getString("to_id"), rs.getString("to_handle")),
                FriendRequestStatus.valueOf(rs.getString("status")),
                SqlTime.read(rs, "created_at"));
    }
}
