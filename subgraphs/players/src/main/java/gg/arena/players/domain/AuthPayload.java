package gg.arena.players.domain;

import java.time.Instant;

/** {@code AuthPayload}: a bearer token, when it stops being accepted, and whom it signs in. */
public record AuthPayload(String token, Instant expiresAt, Player player) {}
