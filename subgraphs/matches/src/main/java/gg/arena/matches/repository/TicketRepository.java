package gg.arena.matches.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Region;
import gg.arena.matches.domain.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code matchmaking_ticket} table. {@code queued_player} mirrors {@code player_id} while
 * a ticket is QUEUED and is NULL otherwise; its unique constraint is what finally stops a
 * player holding two queued tickets, whichever instance inserts them.
 */
@Repository
public class TicketRepository {

    private static final String COLUMNS = "id, player_id, mode, region, rating, status, enqueued_at, match_id";

    /** A (mode, region) pair that has queued tickets. */
    public record Pool(GameMode mode, Region region) {}

    private final JdbcClient jdbc;

    public TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a QUEUED ticket; a second queued ticket of the same player violates the unique constraint. */
    public void insertQueued(MatchmakingTicket t) {
        jdbc.sql("INSERT INTO matchmaking_ticket (id, player_id, mode, region, rating, status, enqueued_at, queued_player)"
                        + " VALUES (:id, :player, :mode, :region, :rating, 'QUEUED', :at, :player)")
                .param("id", t.id())
                .param("player", t.playerId())
                .param("mode", t.mode().name())
                .param("region", t.region().name())
                .param("rating", t.rating())
                .param("at", SqlTime.bind(t.enqueuedAt()))
                .update();
    }

    public Optional<MatchmakingTicket> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM matchmaking_ticket WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public boolean hasQueued(String playerId) {
        return jdbc.sql("SELECT COUNT(*) FROM matchmaking_ticket WHERE queued_player = :player")
                .param("player", playerId)
                .query(Long.class)
                .single() > 0;
    }

    /**
     * The queued tickets of one pool, oldest first, row-locked until the transaction ends: a
     * second instance forming matches for the same pool waits here, then sees the tickets
     * this one matched as no longer QUEUED.
     */
    public List<MatchmakingTicket> lockQueued(GameMode mode, Region region) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM matchmaking_ticket"
                        + " WHERE status = 'QUEUED' AND mode = :mode AND region = :region"
                        + " ORDER BY enqueued_at, id FOR UPDATE")
                .param("mode", mode.name())
                .param("region", region.name())
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Marks these QUEUED tickets MATCHED; returns how many were still QUEUED (and so changed). */
    public int markMatched(Collection<String> ticketIds, String matchId) {
        return jdbc.sql("UPDATE matchmaking_ticket SET status = 'MATCHED', match_id = :match, queued_player = NULL"
                        + " WHERE id IN (:ids) AND status = 'QUEUED'")
                .param("match", matchId)
                .param("ids", ticketIds)
                .update();
    }

    /** QUEUED -> CANCELLED; false when the ticket was not QUEUED any more. */
    public boolean cancel(String ticketId) {
        return jdbc.sql("UPDATE matchmaking_ticket SET status = 'CANCELLED', queued_player = NULL"
                        + " WHERE id = :id AND status = 'QUEUED'")
                .param("id", ticketId)
                .update() == 1;
    }

    /** Every (mode, region) with at least one queued ticket. */
    public List<Pool> queuedPools() {
        return jdbc.sql("SELECT DISTINCT mode, region FROM matchmaking_ticket WHERE status = 'QUEUED'")
                .query((rs, n) -> new Pool(GameMode.valueOf(rs.getString("mode")), Region.valueOf(rs.getString("region"))))
                .list();
    }

    private static MatchmakingTicket map(ResultSet rs) throws SQLException {
        return new MatchmakingTicket(
                rs.getString("id"),
                rs.getString("player_id"),
                GameMode.valueOf(rs.getString("mode")),
                Region.valueOf(rs.getString("region")),
                rs.getInt("rating"),
                TicketStatus.valueOf(rs.getString("status")),
                SqlTime.read(rs, "enqueued_at"),
                rs.getString("match_id"));
    }
}
