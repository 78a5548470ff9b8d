package gg.arena.players.domain;

/** {@code LeaderboardEdge}: one ranked player and the cursor that pages on after it. */
public record LeaderboardEdge(String cursor, int rank, Player node) {}
