package gg.arena.store.services;

import gg.arena.store.domain.Item;
import gg.arena.store.domain.ItemCategory;
import gg.arena.store.domain.ItemPage;
import gg.arena.store.repository.ItemRepository;
import gg.arena.subgraph.paging.Cursors;
import gg.arena.subgraph.paging.PageSize;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The catalogue, paged by sku with keyset cursors: a cursor carries the sku of the last item
 * seen, so pages stay stable while items are added.
 */
@Service
public class CatalogService {

    /** Cursor kind of catalogue edges. */
    public static final String CURSOR_KIND = "item";
    private static final int DEFAULT_PAGE = 20;

    private final ItemRepository items;

    public CatalogService(ItemRepository items) {
        this.items = items;
    }

    public static String cursorOf(Item item) {
        return Cursors.encode(CURSOR_KIND, item.sku());
    }

    /**
     * One page after {@code after}; {@code withTotal} false skips the COUNT when the client did
     * not ask for {@code totalCount} (reported as -1 then).
     */
    public ItemPage page(ItemCategory category, Integer first, String after, boolean withTotal) {
        int size = PageSize.check(first, DEFAULT_PAGE);
        String afterSku = Cursors.decode(CURSOR_KIND, after);
        List<Item> rows = items.findPage(category, afterSku, size + 1);
        boolean hasNext = rows.size() > size;
        List<Item> page = hasNext ? rows.subList(0, size) : rows;
        int total = withTotal ? items.count(category) : -1;
        return new ItemPage(List.copyOf(page), hasNext, afterSku != null, total);
    }
}
