package gg.arena.store.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsSubscription;
import gg.arena.store.domain.Wallet;
import gg.arena.store.services.LiveWallets;
import gg.arena.subgraph.auth.Viewer;
import graphql.schema.DataFetchingEnvironment;
import org.reactivestreams.Publisher;

@DgsComponent
public class WalletChangedSubscription {

    private final LiveWallets wallets;
    private final Viewer viewer;

    public WalletChangedSubscription(LiveWallets wallets, Viewer viewer) {
        this.wallets = wallets;
        this.viewer = viewer;
    }

    /** Subscription.walletChanged: only the signed-in player's own wallet, so there is no argument to abuse. */
    @DgsSubscription
    public Publisher<Wallet> walletChanged(DataFetchingEnvironment env) {
        return wallets.changes(viewer.require(env).playerId());
    }
}
