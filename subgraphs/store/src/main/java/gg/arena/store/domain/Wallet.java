package gg.arena.store.domain;

import java.time.Instant;

/** A player's gem balance. */
public record Wallet(String playerId, int balance, Instant updatedAt) {

    /** The only currency: the game's premium gems. */
    public static final String GEMS = "GEMS";

    public String currency() {
        return GEMS;
    }
}
