package gg.arena.matches.dataloaders;

import com.netflix.graphql.dgs.DgsDataLoader;
import gg.arena.matches.domain.PlayerStats;
import gg.arena.matches.repository.ParticipantRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/** Player.stats by player id: one aggregate statement per batch; players without matches get zeros. */
@DgsDataLoader(name = "playerStats")
public class PlayerStatsDataLoader implements MappedBatchLoader<String, PlayerStats> {

    private final ParticipantRepository participants;

    public PlayerStatsDataLoader(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    public CompletionStage<Map<String, PlayerStats>> load(Set<String> playerIds) {
        Map<String, PlayerStats> found = participants.statsFor(playerIds);
        Map<String, PlayerStats> all = new HashMap<>();
        for (String id : playerIds) {
            all.put(id, found.getOrDefault(id, PlayerStats.NONE));
        }
        return CompletableFuture.completedFuture(all);
    }
}
