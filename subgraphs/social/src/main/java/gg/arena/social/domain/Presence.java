package gg.arena.social.domain;

import java.time.Instant;

/** Where a player is; {@link #UNKNOWN} for a player who never set a presence. */
public record Presence(PresenceStatus status, Instant lastSeenAt) {

    /** OFFLINE, last seen at an unknown time. */
    public static final Presence UNKNOWN = new Presence(PresenceStatus.OFFLINE, null);
}
