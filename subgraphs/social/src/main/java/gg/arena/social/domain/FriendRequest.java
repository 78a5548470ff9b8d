package gg.arena.social.domain;

import java.time.Instant;

/** Schema type FriendRequest. */
public record FriendRequest(String id, Player from, Player to, FriendRequestStatus status, Instant createdAt) {

    public FriendRequest withStatus(FriendRequestStatus newStatus) {
        return new FriendRequest(id, from, to, newStatus, createdAt);
    }
}
