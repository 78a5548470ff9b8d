package gg.arena.matches.tick;

import java.time.Instant;

/** JoinMatchPayload: where and with which connect token a player reaches its match's tick server. */
public record JoinMatchPayload(String host, int port, int protocolVersion, String connectToken, Instant expiresAt) {}
