package gg.arena.matches.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.matches.domain.HistoryCursor;
import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.Participant;
import gg.arena.matches.domain.PlayerStats;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code match_participant} table, and the per-player reads that start from it
 * (history, stats). Every read takes a collection of keys and is one statement, so DataLoader
 * batches stay one statement each.
 */
@Repository
public class ParticipantRepository {

    private static final String INSERT =
            "INSERT INTO match_participant (match_id, player_id, team, score, kills, deaths) VALUES (?, ?, ?, ?, ?, ?)";

    /** One row of a player's history page ({@code match} null: only the total), with the size of the whole history. */
    public record HistoryRow(String playerId, Match match, int totalCount) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ParticipantRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Participants of these matches: by team, best score first. */
    public List<Participant> findByMatchIds(Collection<String> matchIds) {
        if (matchIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT match_id, player_id, team, score, kills, deaths FROM match_participant"
                        + " WHERE match_id IN (:ids) ORDER BY match_id, team, score DESC, player_id")
                .param("ids", matchIds)
                .query((rs, n) -> new Participant(
                        rs.getString("match_id"),
                        rs.getString("player_id"),
                        rs.getInt("team"),
                        rs.getInt("score"),
                        rs.getInt("kills"),
                        rs.getInt("deaths")))
                .list();
    }

    /** Totals over FINISHED matches per player; players without one are absent. */
    public Map<String, PlayerStats> statsFor(Collection<String> playerIds) {
        Map<String, PlayerStats> stats = new HashMap<>();
        if (playerIds.isEmpty()) {
            return stats;
        }
        jdbc.sql("""
                        SELECT p.player_id,
                               COUNT(*) AS played,
                               SUM(CASE WHEN p.team = m.winning_team THEN 1 ELSE 0 END) AS wins,
                               SUM(CASE WHEN m.winning_team IS NOT NULL AND p.team <> m.winning_team THEN 1 ELSE 0 END) AS losses,
                               SUM(p.kills) AS kills,
                               SUM(p.deaths) AS deaths
                          FROM match_participant p
                          JOIN matches m ON m.id = p.match_id
                         WHERE m.status = 'FINISHED' AND p.player_id IN (:ids)
                         GROUP BY p.player_id""")
                .param("ids", playerIds)
                .query(rs -> {
                    stats.put(rs.getString("player_id"), new PlayerStats(
                            rs.getInt("played"), rs.getInt("wins"), rs.getInt("losses"),
                            rs.getInt("kills"), rs.getInt("deaths")));
                });
        return stats;
    }

    /**
     * Up to {@code limit} FINISHED matches per player after {@code after} (newest first:
     * startedAt, then id, descending). Each row carries the size of the player's whole
     * history; a player with history but nothing after the cursor still gets one row, with a
     * null match, so the total survives an empty last page.
     */
    public List<HistoryRow> historyFor(Collection<String> playerIds, HistoryCursor after, int limit) {
        if (playerIds.isEmpty()) {
            return List.of();
        }
        String inPage = after == null ? "1 = 1"
                : "m.started_at < :afterAt OR (m.started_at = :afterAt AND m.id < :afterId)";
        String newestFirst = "PARTITION BY p.player_id ORDER BY m.started_at DESC, m.id DESC";
        var spec = jdbc.sql("""
                        SELECT r.* FROM (
                          SELECT p.player_id, %1$s,
                                 COUNT(*) OVER (PARTITION BY p.player_id) AS total,
                                 ROW_NUMBER() OVER (%2$s) AS pos,
                                 CASE WHEN %3$s THEN 1 ELSE 0 END AS in_page,
                                 SUM(CASE WHEN %3$s THEN 1 ELSE 0 END)
                                     OVER (%2$s ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rn
                            FROM match_participant p
                            JOIN matches m ON m.id = p.match_id
                           WHERE m.status = 'FINISHED' AND p.player_id IN (:ids)
                        ) r
                        WHERE (r.in_page = 1 AND r.rn <= :limit) OR r.pos = 1
                        ORDER BY r.player_id, r.pos""".formatted(MatchRepository.COLUMNS, newestFirst, inPage))
                .param("ids", playerIds)
                .param("limit", limit);
        if (after != null) {
            spec = spec.param("afterAt", SqlTime.bind(after.startedAt())).param("afterId", after.matchId());
        }
        return spec.query((rs, n) -> new HistoryRow(
                        rs.getString("player_id"),
                        rs.getInt("in_page") == 1 ? MatchRepository.map(rs) : null,
                        rs.getInt("total")))
                .list();
    }

    /** JDBC batch insert, in chunks of 1000 rows. */
    public void insertAll(List<Participant> participants) {
        template.batchUpdate(INSERT, participants, 1000, (ps, p) -> {
            ps.setString(1, p.matchId());
            ps.setString(2, p.playerId());
            ps.setInt(3, p.team());
            ps.setInt(4, p.score());
            ps.setInt(5, p.kills());
            ps.setInt(6, p.deaths());
        });
    }
}
