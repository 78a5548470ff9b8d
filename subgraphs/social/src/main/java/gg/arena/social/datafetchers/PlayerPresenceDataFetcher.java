package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import gg.arena.social.dataloaders.PresenceDataLoader;
import gg.arena.social.domain.Player;
import gg.arena.social.domain.Presence;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

@DgsComponent
public class PlayerPresenceDataFetcher {

    /** Player.presence */
    @DgsData(parentType = "Player", field = "presence")
    public CompletableFuture<Presence> presence(DgsDataFetchingEnvironment env) {
        Player player = env.getSourceOrThrow();
        DataLoader<String, Presence> loader = env.getDataLoader(PresenceDataLoader.NAME);
        return loader.load(player.id());
    }
}
