package gg.arena.players.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import gg.arena.players.dataloaders.PlayersByIdDataLoader;
import gg.arena.players.domain.Player;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Resolves {@code Player} representations sent by the router. */
@DgsComponent
public class PlayerEntityFetcher {

    /** Query._entities for Player: every representation of one request joins one DataLoader batch. */
    @DgsEntityFetcher(name = "Player")
    public CompletableFuture<Player> player(Map<String, Object> representation, DgsDataFetchingEnvironment env) {
        Object id = representation.get("id");
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        return env.<String, Player>getDataLoader(PlayersByIdDataLoader.NAME).load(id.toString());
    }
}
