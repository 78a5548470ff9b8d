package gg.arena.store.dataloaders;

import com.netflix.graphql.dgs.DgsDataLoader;
import gg.arena.store.domain.InventoryEntry;
import gg.arena.store.repository.InventoryRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Inventories by player id, one SELECT per batch; a player who owns nothing gets an empty list. */
@DgsDataLoader(name = LoaderNames.INVENTORIES)
public class InventoryDataLoader implements MappedBatchLoader<String, List<InventoryEntry>> {

    private final InventoryRepository inventory;

    public InventoryDataLoader(InventoryRepository inventory) {
        this.inventory = inventory;
    }

    @Override
    public CompletionStage<Map<String, List<InventoryEntry>>> load(Set<String> playerIds) {
        Map<String, List<InventoryEntry>> byPlayer = new HashMap<>();
        for (String id : playerIds) {
            byPlayer.put(id, new ArrayList<>());
        }
        for (InventoryEntry entry : inventory.findAll(playerIds)) {
            byPlayer.get(entry.playerId()).add(entry);
        }
        return CompletableFuture.completedFuture(byPlayer);
    }
}
