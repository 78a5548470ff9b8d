package gg.arena.players.domain;

/** {@code PageInfo} of the Relay connection spec. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}
