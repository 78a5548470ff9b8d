package gg.arena.matches.domain;

import java.time.Instant;

/** A match row; {@code Match.participants} is resolved separately, through a DataLoader. */
public record Match(
        String id,
        GameMode mode,
        Region region,
        MatchStatus status,
        Instant startedAt,
        Instant endedAt,
        Integer winningTeam) {}
