package gg.arena.players.domain;

import java.util.List;

/**
 * {@code LeaderboardConnection}. {@code totalCount} is not held here: it is resolved by its own
 * data fetcher from {@link #region}, so a page that does not ask for it costs no COUNT query.
 */
public record LeaderboardConnection(List<LeaderboardEdge> edges, PageInfo pageInfo, Region region) {}
