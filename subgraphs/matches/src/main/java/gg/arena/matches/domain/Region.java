package gg.arena.matches.domain;

/** Schema enum {@code Region}, the same values as {@code DemoWorld.REGIONS}. */
public enum Region {
    NA, EU, ASIA, SA, OCE
}
