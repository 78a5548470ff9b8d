package gg.arena.matches.domain;

/** MatchFound: the ticket's match (resolved by id through the match DataLoader) and the player's team. */
public record MatchFound(String ticketId, String matchId, int team) {}
