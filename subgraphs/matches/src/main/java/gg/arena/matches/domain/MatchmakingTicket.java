package gg.arena.matches.domain;

import java.time.Instant;

/**
 * A player's place in the matchmaking queue. {@code rating} is the rating of the bearer
 * token at enqueue time, used for the rating band; {@code matchId} is set once MATCHED.
 */
public record MatchmakingTicket(
        String id,
        String playerId,
        GameMode mode,
        Region region,
        int rating,
        TicketStatus status,
        Instant enqueuedAt,
        String matchId) {}
