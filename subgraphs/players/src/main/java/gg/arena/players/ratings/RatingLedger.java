package gg.arena.players.ratings;

import gg.arena.subgraph.jdbc.SqlTime;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies match results to ratings, each match at most once: the match id is inserted into
 * {@code applied_match_result} in the transaction that changes the ratings, so a result delivered
 * twice, or by the bus and by the poll at once (even on two instances), changes ratings once; the
 * loser of a race hits the primary key and rolls back. The players' rows are locked in id order
 * while their new ratings are computed, so two matches of one player never lose an update.
 */
@Component
public class RatingLedger {

    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RatingLedger(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Applies the result unless it was applied before; true when this call changed ratings. When
     * {@code advanceCursor} is set, the poll cursor moves to the result's sequence in the same transaction.
     */
    public boolean apply(MatchResult result, int kFactor, boolean advanceCursor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return applyOnce(result, kFactor, advanceCursor);
            } catch (ConcurrencyFailureException e) {
                // A lock wait timed out or a deadlock was broken: nothing was written, so try again.
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private boolean applyOnce(MatchResult result, int kFactor, boolean advanceCursor) {
        try {
            Boolean applied = transaction.execute(status -> {
                if (alreadyApplied(result.matchId())) {
                    if (advanceCursor) {
                        advance(result.sequence());
                    }
                    return false;
                }
                jdbc.sql("INSERT INTO applied_match_result (match_id, end_sequence, applied_at) VALUES (:id, :seq, :at)")
                        .param("id", result.matchId())
                        .param("seq", result.sequence())
                        .param("at", SqlTime.bind(clock.instant().truncatedTo(ChronoUnit.MILLIS)))
                        .update();
                rate(result, kFactor);
                if (advanceCursor) {
                    advance(result.sequence());
                }
                return true;
            });
            return Boolean.TRUE.equals(applied);
        } catch (DuplicateKeyException e) {
            // Another thread or instance applied it between our check and our insert.
            if (advanceCursor) {
                advanceCursor(result.sequence());
            }
            return false;
        }
    }

    /** The end sequence up to which the poll has read matches' outbox. */
    public long cursor() {
        return jdbc.sql("SELECT last_sequence FROM match_results_cursor WHERE id = 1").query(Long.class).single();
    }

    /** Moves the poll cursor forward (never back). */
    public void advanceCursor(long sequence) {
        transaction.executeWithoutResult(status -> advance(sequence));
    }

    public boolean alreadyApplied(String matchId) {
        return jdbc.sql("SELECT COUNT(*) FROM applied_match_result WHERE match_id = :id")
                .param("id", matchId).query(Long.class).single() > 0;
    }

    private void advance(long sequence) {
        jdbc.sql("UPDATE match_results_cursor SET last_sequence = :seq WHERE id = 1 AND last_sequence < :seq")
                .param("seq", sequence).update();
    }

    private void rate(MatchResult result, int kFactor) {
        List<String> ids = new ArrayList<>(new TreeSet<>(result.lines().stream().map(MatchResult.Line::playerId).toList()));
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Integer> current = new LinkedHashMap<>();
        jdbc.sql("SELECT id, rating FROM player WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .param("ids", ids)
                .query(rs -> {
                    current.put(rs.getString("id"), rs.getInt("rating"));
                });
        // Players unknown here (another deployment's ids) take no part; their teams still count.
        Map<Integer, Map<String, Integer>> teamRatings = new TreeMap<>();
        Map<Integer, Integer> teamScores = new TreeMap<>();
        for (MatchResult.Line line : result.lines()) {
            teamScores.merge(line.team(), line.score(), Integer::sum);
            Map<String, Integer> members = teamRatings.computeIfAbsent(line.team(), t -> new LinkedHashMap<>());
            Integer rating = current.get(line.playerId());
            if (rating != null) {
                members.put(line.playerId(), rating);
            }
        }
        List<TeamElo.Team> teams = teamRatings.entrySet().stream()
                .map(e -> new TeamElo.Team(e.getValue(), teamScores.get(e.getKey())))
                .toList();
        TeamElo.rate(teams, kFactor).forEach((player, rating) -> {
            if (!rating.equals(current.get(player))) {
                jdbc.sql("UPDATE player SET rating = :rating WHERE id = :id").param("rating", rating).param("id", player)
                        .update();
            }
        });
    }
}
