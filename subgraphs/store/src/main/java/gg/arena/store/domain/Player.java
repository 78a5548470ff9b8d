package gg.arena.store.domain;

/** The store's view of a player: only the key; wallet and inventory resolve through DataLoaders. */
public record Player(String id) {}
