package gg.arena.store.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.store.dataloaders.LoaderNames;
import gg.arena.store.domain.Item;
import gg.arena.store.domain.ItemCategory;
import gg.arena.store.domain.ItemPage;
import gg.arena.store.services.CatalogService;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** The catalogue queries. */
@DgsComponent
public class CatalogDataFetcher {

    /** Schema type {@code ItemConnection}. */
    public record ItemConnection(List<ItemEdge> edges, PageInfo pageInfo, int totalCount) {}

    /** Schema type {@code ItemEdge}. */
    public record ItemEdge(String cursor, Item node) {}

    /** Schema type {@code PageInfo}. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    private final CatalogService catalog;

    public CatalogDataFetcher(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Query.item */
    @DgsQuery
    public CompletableFuture<Item> item(@InputArgument String sku, DataFetchingEnvironment env) {
        DataLoader<String, Item> items = env.getDataLoader(LoaderNames.ITEMS);
        return items.load(sku);
    }

    /** Query.catalog */
    @DgsQuery
    public ItemConnection catalog(@InputArgument ItemCategory category, @InputArgument Integer first,
            @InputArgument String after, DataFetchingEnvironment env) {
        boolean withTotal = env.getSelectionSet().contains("totalCount");
        ItemPage page = catalog.page(category, first, after, withTotal);
        List<ItemEdge> edges = page.items().stream().map(i -> new ItemEdge(CatalogService.cursorOf(i), i)).toList();
        PageInfo info = new PageInfo(page.hasNextPage(), page.hasPreviousPage(),
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new ItemConnection(edges, info, page.totalCount());
    }
}
