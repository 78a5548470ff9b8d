package gg.arena.social.domain;

import java.time.Instant;

/** Schema type FriendEdge. */
public record FriendEdge(String cursor, Instant since, Player node) {}
