package gg.arena.social.domain;

import java.util.List;

/** Schema type FriendConnection. */
public record FriendConnection(List<FriendEdge> edges, PageInfo pageInfo, int totalCount) {}
