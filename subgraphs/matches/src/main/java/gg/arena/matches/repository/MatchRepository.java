package gg.arena.matches.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.matches.domain.EndedMatch;
import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.MatchStatus;
import gg.arena.matches.domain.Region;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code matches} table. */
@Repository
public class MatchRepository {

    static final String COLUMNS = "m.id, m.mode, m.region, m.status, m.started_at, m.ended_at, m.winning_team";
    private static final String INSERT =
            "INSERT INTO matches (id, mode, region, status, started_at, ended_at, winning_team) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public MatchRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The matches with these ids, in no particular order; unknown ids are absent. One statement. */
    public List<Match> findAllById(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM matches m WHERE m.id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** LIVE matches, newest first, in one region or all. */
    public List<Match> findLive(Region region, int limit) {
        String where = region == null ? "" : " AND m.region = :region";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM matches m WHERE m.status = 'LIVE'" + where
                        + " ORDER BY m.started_at DESC, m.id DESC LIMIT :limit")
                .param("limit", limit);
        if (region != null) {
            spec = spec.param("region", region.name());
        }
        return spec.query((rs, n) -> map(rs)).list();
    }

    /**
     * Stored results with an end sequence above {@code after}, in sequence order (the outbox of
     * ended matches that the players service reads).
     */
    public List<EndedMatch> findEndedAfter(long after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + ", m.end_sequence FROM matches m WHERE m.end_sequence > :after"
                        + " ORDER BY m.end_sequence LIMIT :limit")
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> new EndedMatch(rs.getLong("end_sequence"), map(rs)))
                .list();
    }

    /**
     * Takes the next end sequence. The counter row stays locked until the caller's transaction ends,
     * so results commit in sequence order even with several instances on one database.
     */
    public long nextEndSequence() {
        jdbc.sql("UPDATE match_end_counter SET last_sequence = last_sequence + 1 WHERE id = 1").update();
        return jdbc.sql("SELECT last_sequence FROM match_end_counter WHERE id = 1").query(Long.class).single();
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM matches").query(Long.class).single() == 0;
    }

    public void insert(Match match) {
        insertAll(List.of(match));
    }

    /** JDBC batch insert, in chunks of 1000 rows. */
    public void insertAll(List<Match> matches) {
        template.batchUpdate(INSERT, matches, 1000, (ps, m) -> {
            ps.setString(1, m.id());
            ps.setString(2, m.mode().name());
            ps.setString(3, m.region().name());
            ps.setString(4, m.status().name());
            ps.setObject(5, SqlTime.bind(m.startedAt()));
            ps.setObject(6, SqlTime.bind(m.endedAt()));
            if (m.winningTeam() == null) {
                ps.setNull(7, java.sql.Types.INTEGER);
            } else {
                ps.setInt(7, m.winningTeam());
            }
        });
    }

    static Match map(ResultSet rs) throws SQLException {
        return new Match(
                rs.getString("id"),
                GameMode.valueOf(rs.getString("mode")),
                Region.valueOf(rs.getString("region")),
                MatchStatus.valueOf(rs.getString("status")),
                SqlTime.read(rs, "started_at"),
                SqlTime.read(rs, "ended_at"),
                Rows.nullableInt(rs, "winning_team"));
    }
}
