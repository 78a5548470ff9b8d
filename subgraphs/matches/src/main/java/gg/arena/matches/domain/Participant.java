package gg.arena.matches.domain;

/** One player's line in a match; {@code Participant.player} becomes a {@link Player} reference. */
public record Participant(String matchId, String playerId, int team, int score, int kills, int deaths) {}
