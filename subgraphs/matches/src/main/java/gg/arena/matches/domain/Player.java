package gg.arena.matches.domain;

/**
 * A reference to the players subgraph's {@code Player} entity: only the key. The type's
 * simple name is what the federation resolver reports as {@code __typename}.
 */
public record Player(String id) {}
