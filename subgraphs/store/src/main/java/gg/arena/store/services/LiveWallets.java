package gg.arena.store.services;

import gg.arena.store.domain.Wallet;
import gg.arena.store.events.StoreTopics;
import gg.arena.store.events.WalletChanged;
import gg.arena.subgraph.events.EventBus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** The live side of wallets: each change of one player's wallet, read from the event bus. */
@Service
public class LiveWallets {

    private final EventBus bus;

    public LiveWallets(EventBus bus) {
        this.bus = bus;
    }

    /** The player's wallet after each change from now on. */
    public Flux<Wallet> changes(String playerId) {
        return bus.subscribe(StoreTopics.wallet(playerId), WalletChanged.class).map(WalletChanged::toWallet);
    }
}
