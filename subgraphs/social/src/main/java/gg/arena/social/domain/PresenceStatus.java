package gg.arena.social.domain;

/** Schema enum PresenceStatus. */
public enum PresenceStatus {
    ONLINE,
    AWAY,
    IN_MATCH,
    OFFLINE
}
