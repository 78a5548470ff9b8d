package gg.arena.store.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import gg.arena.store.dataloaders.LoaderNames;
import gg.arena.store.domain.InventoryEntry;
import gg.arena.store.domain.Player;
import gg.arena.store.domain.Wallet;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** The store's fields on {@code Player}. */
@DgsComponent
public class PlayerDataFetcher {

    /** Player.wallet */
    @DgsData(parentType = "Player", field = "wallet")
    public CompletableFuture<Wallet> wallet(DataFetchingEnvironment env) {
        Player player = env.getSource();
        DataLoader<String, Wallet> wallets = env.getDataLoader(LoaderNames.WALLETS);
        return wallets.load(player.id());
    }

    /** Player.inventory */
    @DgsData(parentType = "Player", field = "inventory")
    public CompletableFuture<List<InventoryEntry>> inventory(DataFetchingEnvironment env) {
        Player player = env.getSource();
        DataLoader<String, List<InventoryEntry>> inventories = env.getDataLoader(LoaderNames.INVENTORIES);
        return inventories.load(player.id());
    }
}
