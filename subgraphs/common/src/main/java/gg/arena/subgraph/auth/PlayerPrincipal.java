package gg.arena.subgraph.auth;

/**
 * Who a bearer token speaks for. Carried in the token so every subgraph can act for the
 * player without calling the players service: {@code rating} is the rating at sign-in,
 * good enough for matchmaking bands.
 */
public record PlayerPrincipal(String playerId, String handle, String region, int rating) {}
