package gg.arena.store.dataloaders;

import com.netflix.graphql.dgs.DgsDataLoader;
import gg.arena.store.domain.Item;
import gg.arena.store.repository.ItemRepository;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/** Items by sku, one SELECT per batch; an unknown sku loads as null. */
@DgsDataLoader(name = LoaderNames.ITEMS)
public class ItemDataLoader implements MappedBatchLoader<String, Item> {

    private final ItemRepository items;

    public ItemDataLoader(ItemRepository items) {
        this.items = items;
    }

    @Override
    public CompletionStage<Map<String, Item>> load(Set<String> skus) {
        return CompletableFuture.completedFuture(
                items.findAllBySku(skus).stream().collect(Collectors.toMap(Item::sku, Function.identity())));
    }
}
