package gg.arena.matches.live;

import gg.arena.matches.events.MatchEnded;
import java.util.List;

/**
 * A stored match result as the players service reads it (topic {@code matches.ended}): the same
 * fields as {@code endedMatchesSince}, so a result that arrives both ways is applied once by match id.
 */
public record MatchResultMessage(String matchId, long sequence, String mode, Integer winningTeam, List<Line> lines) {

    /** One player's line: team and final score. */
    public record Line(String playerId, int team, int score) {}

    public static MatchResultMessage of(MatchEnded ended) {
        return new MatchResultMessage(ended.match().id(), ended.endSequence(), ended.match().mode().name(),
                ended.match().winningTeam(),
                ended.participants().stream().map(p -> new Line(p.playerId(), p.team(), p.score())).toList());
    }
}
