package gg.arena.store.domain;

/** Schema enum {@code Rarity}; stored by name. */
public enum Rarity {
    COMMON,
    RARE,
    EPIC,
    LEGENDARY
}
