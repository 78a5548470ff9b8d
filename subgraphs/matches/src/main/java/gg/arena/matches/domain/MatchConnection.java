package gg.arena.matches.domain;

import java.util.List;

/** Schema type {@code MatchConnection}. */
public record MatchConnection(List<MatchEdge> edges, PageInfo pageInfo, int totalCount) {

    /** Schema type {@code MatchEdge}. */
    public record MatchEdge(String cursor, Match node) {}

    /** Schema type {@code PageInfo} (shared with the other subgraphs). */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}
}
