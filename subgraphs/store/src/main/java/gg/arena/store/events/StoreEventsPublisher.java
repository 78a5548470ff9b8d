package gg.arena.store.events;

import gg.arena.store.domain.Wallet;

/**
 * Where the store announces what happened, once it is committed; never for a change that was
 * rolled back, nor for a retried purchase that changed nothing. Implementations must not block
 * the caller (hand off to a bus or a broker).
 */
public interface StoreEventsPublisher {

    /** A purchase debited this wallet; the wallet as it was right after the commit of that purchase. */
    void walletChanged(Wallet wallet);
}
