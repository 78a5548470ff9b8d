package gg.arena.store.domain;

/** Schema enum {@code ItemCategory}; stored by name. */
public enum ItemCategory {
    SKIN,
    WEAPON,
    EMOTE,
    BOOST,
    BUNDLE
}
