package gg.arena.players.domain;

/** The game's server regions, as the {@code Region} enum of the schema. */
public enum Region {
    NA,
    EU,
    ASIA,
    SA,
    OCE
}
