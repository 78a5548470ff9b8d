package gg.arena.store.events;

import gg.arena.store.domain.Wallet;
import gg.arena.subgraph.events.EventBus;
import org.springframework.stereotype.Component;

/** Puts wallet changes on the event bus, where the {@code walletChanged} subscriptions pick them up. */
@Component
public class BusStoreEventsPublisher implements StoreEventsPublisher {

    private final EventBus bus;

    public BusStoreEventsPublisher(EventBus bus) {
        this.bus = bus;
    }

    @Override
    public void walletChanged(Wallet wallet) {
        bus.publish(StoreTopics.wallet(wallet.playerId()), WalletChanged.of(wallet));
    }
}
