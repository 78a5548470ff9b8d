package gg.arena.social.domain;

/** Schema enum FriendRequestStatus. */
public enum FriendRequestStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}
