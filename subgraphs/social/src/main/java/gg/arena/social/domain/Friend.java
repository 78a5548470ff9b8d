package gg.arena.social.domain;

import java.time.Instant;

/** One side of an accepted friendship as seen from the other: who, and since when. */
public record Friend(Player player, Instant since) {}
