package gg.arena.store.seed;

import static org.assertj.core.api.Assertions.assertThat;

import gg.arena.store.domain.InventoryEntry;
import gg.arena.store.domain.Item;
import gg.arena.store.domain.Rarity;
import gg.arena.subgraph.demo.DemoWorld;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

    @Test
    void theCatalogueIsTheSameOnEveryCall() {
        assertThat(DemoCatalog.items()).isEqualTo(DemoCatalog.items());
        assertThat(DemoCatalog.inventory()).isEqualTo(DemoCatalog.inventory());
    }

    @Test
    void itemsAreSku0001To0200WithSanePrices() {
        List<Item> items = DemoCatalog.items();
        assertThat(items).hasSize(DemoWorld.ITEMS);
        assertThat(items.getFirst().sku()).isEqualTo("SKU-0001");
        assertThat(items.getLast().sku()).isEqualTo("SKU-0200");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.price()).isPositive().isEqualTo(item.price() / 10 * 10);
            assertThat(item.unitCost()).isNotNegative().isLessThan(item.price());
            assertThat(item.name()).isNotBlank().hasSizeLessThanOrEqualTo(80);
        });
        assertThat(items.stream().map(Item::rarity).collect(Collectors.toSet())).containsAll(Set.of(Rarity.values()));
    }

    @Test
    void everySeededPlayerHasAWalletAndOneToThreeDistinctItems() {
        assertThat(DemoCatalog.wallets()).hasSize(DemoWorld.PLAYERS)
                .allSatisfy(w -> assertThat(w.balance()).isEqualTo(DemoWorld.STARTING_GEMS));
        var byPlayer = DemoCatalog.inventory().stream().collect(Collectors.groupingBy(InventoryEntry::playerId));
        assertThat(byPlayer).hasSize(DemoWorld.PLAYERS);
        assertThat(byPlayer.values()).allSatisfy(entries -> {
            assertThat(entries).hasSizeBetween(1, 3);
            assertThat(entries.stream().map(InventoryEntry::sku)).doesNotHaveDuplicates();
            assertThat(entries).allSatisfy(e -> assertThat(e.acquiredAt()).isBefore(DemoCatalog.SEEDED_AT));
        });
    }
}
