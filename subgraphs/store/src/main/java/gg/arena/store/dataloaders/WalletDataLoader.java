package gg.arena.store.dataloaders;

import com.netflix.graphql.dgs.DgsDataLoader;
import gg.arena.store.domain.Wallet;
import gg.arena.store.services.WalletService;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Wallets by player id: one SELECT per batch, missing wallets opened in one batch insert. */
@DgsDataLoader(name = LoaderNames.WALLETS)
public class WalletDataLoader implements MappedBatchLoader<String, Wallet> {

    private final WalletService wallets;

    public WalletDataLoader(WalletService wallets) {
        this.wallets = wallets;
    }

    @Override
    public CompletionStage<Map<String, Wallet>> load(Set<String> playerIds) {
        return CompletableFuture.completedFuture(wallets.walletsOf(playerIds));
    }
}
