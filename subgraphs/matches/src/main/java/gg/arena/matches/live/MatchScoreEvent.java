package gg.arena.matches.live;

import java.time.Instant;
import java.util.List;

/** MatchScoreEvent: a player's new score and every team's total after it. */
public record MatchScoreEvent(String matchId, long sequence, Instant at, long tick, String playerId, int score,
        List<TeamScore> teamScores) implements LiveEvent {}
