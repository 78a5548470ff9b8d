package gg.arena.players.repository;

import gg.arena.players.domain.Region;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Players in leaderboard order: rating descending, then id ascending so ties always come out
 * the same way. Pages are keyset-based (after a given rating and id), which stays correct when
 * rows are added between pages and is served by the {@code (region, rating DESC, id)} index.
 */
@Repository
public class LeaderboardRepository {

    /** Where the previous page ended: the last row's rating and id. */
    public record After(int rating, String id) {}

    private final JdbcClient jdbc;

    public LeaderboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} rows after {@code after} (from the top when null), optionally in one region. */
    public List<PlayerRow> page(Region region, After after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM player");
        List<String> where = new ArrayList<>();
        if (region != null) {
            where.add("region = :region");
        }
        if (after != null) {
            where.add("(rating < :rating OR (rating = :rating AND id > :id))");
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY rating DESC, id ASC LIMIT :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("limit", limit);
        if (region != null) {
            statement = statement.param("region", region.name());
        }
        if (after != null) {
            statement = statement.param("rating", after.rating()).param("id", after.id());
        }
        return statement.query(PlayerRow.MAPPER).list();
    }

    /** How many players the leaderboard holds, optionally in one region. */
    public int count(Region region) {
        if (region == null) {
            return jdbc.sql("SELECT COUNT(*) FROM player").query(Integer.class).single();
        }
        return jdbc.sql("SELECT COUNT(*) FROM player WHERE region = :region")
                .param("region", region.name())
                .query(Integer.class)
                .single();
    }
}
