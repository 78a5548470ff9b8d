package gg.arena.matches.live;

import java.time.Instant;

/** MatchKillEvent: {@code killerId} killed {@code victimId} at simulation tick {@code tick}. */
public record MatchKillEvent(String matchId, long sequence, Instant at, long tick, String killerId, String victimId)
        implements LiveEvent {}
