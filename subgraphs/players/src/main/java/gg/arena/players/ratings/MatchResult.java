package gg.arena.players.ratings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An ended match as the matches service reports it, on the bus (topic {@code matches.ended}) or
 * from {@code endedMatchesSince}: its end sequence and each player's team and final score.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatchResult(String matchId, long sequence, List<Line> lines) {

    /** One player's line. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String playerId, int team, int score) {}

    public MatchResult {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
