package gg.arena.store.seed;

import gg.arena.store.repository.InventoryRepository;
import gg.arena.store.repository.ItemRepository;
import gg.arena.store.repository.WalletRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty store with the demo world on start-up ({@code arena.demo.seed}, default true).
 * Runs once all beans exist (so after Flyway) and before the web server opens, so no request
 * sees a half-seeded store. A database that already has items is left alone, which is what
 * keeps PostgreSQL data across restarts.
 */
@Component
@ConditionalOnProperty(name = "arena.demo.seed", havingValue = "true", matchIfMissing = true)
public class DemoSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final ItemRepository items;
    private final WalletRepository wallets;
    private final InventoryRepository inventory;
    private final TransactionTemplate transaction;

    public DemoSeeder(ItemRepository items, WalletRepository wallets, InventoryRepository inventory,
            TransactionTemplate transaction) {
        this.items = items;
        this.wallets = wallets;
        this.inventory = inventory;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (!items.isEmpty()) {
                log.info("Store already has items; demo seeding skipped");
                return;
            }
            long started = System.nanoTime();
            items.insertAll(DemoCatalog.items());
            if (wallets.isEmpty()) {
                wallets.insertAll(DemoCatalog.wallets());
                inventory.insertAll(DemoCatalog.inventory());
            }
            log.info("Seeded the demo store (items, wallets, inventories) in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        });
    }
}
