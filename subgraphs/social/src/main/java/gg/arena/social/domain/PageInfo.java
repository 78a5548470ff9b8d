package gg.arena.social.domain;

/** Schema type PageInfo (shared with the other subgraphs). */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}
