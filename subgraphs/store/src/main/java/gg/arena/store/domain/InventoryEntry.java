package gg.arena.store.domain;

import java.time.Instant;

/** How many of one item a player owns, and when they first got it. */
public record InventoryEntry(String playerId, String sku, int quantity, Instant acquiredAt) {}
