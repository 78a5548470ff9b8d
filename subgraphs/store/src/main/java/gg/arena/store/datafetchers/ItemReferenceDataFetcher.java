package gg.arena.store.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import gg.arena.store.dataloaders.LoaderNames;
import gg.arena.store.domain.InventoryEntry;
import gg.arena.store.domain.Item;
import gg.arena.store.domain.PurchaseSuccess;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Fields that hold a sku and resolve it to the {@code Item}, batched through the items DataLoader. */
@DgsComponent
public class ItemReferenceDataFetcher {

    /** InventoryEntry.item */
    @DgsData(parentType = "InventoryEntry", field = "item")
    public CompletableFuture<Item> inventoryItem(DataFetchingEnvironment env) {
        InventoryEntry entry = env.getSource();
        return load(env, entry.sku());
    }

    /** PurchaseSuccess.item */
    @DgsData(parentType = "PurchaseSuccess", field = "item")
    public CompletableFuture<Item> purchasedItem(DataFetchingEnvironment env) {
        PurchaseSuccess success = env.getSource();
        return load(env, success.sku());
    }

    private static CompletableFuture<Item> load(DataFetchingEnvironment env, String sku) {
        DataLoader<String, Item> items = env.getDataLoader(LoaderNames.ITEMS);
        return items.load(sku);
    }
}
