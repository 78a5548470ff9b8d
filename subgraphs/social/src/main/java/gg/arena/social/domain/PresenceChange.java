package gg.arena.social.domain;

import java.time.Instant;

/** Schema type PresenceChange: a player's new presence, as the {@code presenceChanged} subscription sends it. */
public record PresenceChange(Player player, PresenceStatus status, Instant lastSeenAt) {}
