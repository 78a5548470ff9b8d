package gg.arena.social.dataloaders;

import com.netflix.graphql.dgs.DgsDataLoader;
import gg.arena.social.domain.Presence;
import gg.arena.social.repository.PresenceRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.MappedBatchLoader;

/**
 * Presence of many players in one statement (Player.presence under {@code _entities} or a
 * friends list); a player without a stored presence is OFFLINE with an unknown last-seen time.
 */
@DgsDataLoader(name = PresenceDataLoader.NAME)
public class PresenceDataLoader implements MappedBatchLoader<String, Presence> {

    public static final String NAME = "presence";

    private final PresenceRepository presences;

    public PresenceDataLoader(PresenceRepository presences) {
        this.presences = presences;
    }

    @Override
    public CompletionStage<Map<String, Presence>> load(Set<String> playerIds) {
        Map<String, Presence> found = presences.findAll(playerIds);
        Map<String, Presence> result = new HashMap<>(found);
        for (String id : playerIds) {
            result.putIfAbsent(id, Presence.UNKNOWN);
        }
        return CompletableFuture.completedFuture(result);
    }
}
