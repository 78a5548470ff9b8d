package gg.arena.store.events;

import gg.arena.store.domain.Wallet;
import java.time.Instant;

/** A wallet's new balance as it travels on the event bus. */
public record WalletChanged(String playerId, int balance, Instant updatedAt) {

    public static WalletChanged of(Wallet wallet) {
        return new WalletChanged(wallet.playerId(), wallet.balance(), wallet.updatedAt());
    }

    public Wallet toWallet() {
        return new Wallet(playerId, balance, updatedAt);
    }
}
