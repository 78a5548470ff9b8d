package gg.arena.players.domain;

import java.time.Instant;

/**
 * A player as the schema shows it. Named {@code Player} because the federation type resolver
 * maps a Java class to the GraphQL type of the same simple name. Holds no password hash: that
 * stays in the persistence row.
 */
public record Player(
        String id,
        String handle,
        String displayName,
        Region region,
        int rating,
        Instant createdAt,
        String email) {}
