package gg.arena.store.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import gg.arena.store.dataloaders.LoaderNames;
import gg.arena.store.domain.Item;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Resolves {@code Item} representations; all of one request's skus load in one statement. */
@DgsComponent
public class ItemEntityFetcher {

    /** _entities(Item) */
    @DgsEntityFetcher(name = "Item")
    public CompletableFuture<Item> item(Map<String, Object> values, DataFetchingEnvironment env) {
        DataLoader<String, Item> items = env.getDataLoader(LoaderNames.ITEMS);
        return items.load(String.valueOf(values.get("sku")));
    }
}
