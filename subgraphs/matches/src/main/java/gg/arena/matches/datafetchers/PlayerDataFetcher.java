package gg.arena.matches.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.matches.dataloaders.MatchHistoryDataLoader;
import gg.arena.matches.dataloaders.PlayerStatsDataLoader;
import gg.arena.matches.domain.HistoryCursor;
import gg.arena.matches.domain.MatchConnection;
import gg.arena.matches.domain.Player;
import gg.arena.matches.domain.PlayerStats;
import gg.arena.subgraph.paging.PageSize;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** The matches subgraph's fields on the players subgraph's Player entity. */
@DgsComponent
public class PlayerDataFetcher {

    /**
     * Player entity fetcher. The key is all this subgraph needs: the fields below load by
     * player id, so no statement runs here and unknown ids simply have no matches. A
     * representation without a string id resolves to null.
     */
    @DgsEntityFetcher(name = "Player")
    public Player playerEntity(Map<String, Object> values) {
        return values.get("id") instanceof String id ? new Player(id) : null;
    }

    /** Player.matchHistory */
    @DgsData(parentType = "Player", field = "matchHistory")
    public CompletableFuture<MatchConnection> matchHistory(
            @InputArgument Integer first, @InputArgument String after, DgsDataFetchingEnvironment dfe) {
        Player player = dfe.getSource();
        int size = PageSize.check(first, 10);
        HistoryCursor cursor = HistoryCursor.decode(after);
        DataLoader<MatchHistoryDataLoader.Key, MatchConnection> loader = dfe.getDataLoader(MatchHistoryDataLoader.class);
        return loader.load(new MatchHistoryDataLoader.Key(player.id(), size, cursor));
    }

    /** Player.stats */
    @DgsData(parentType = "Player", field = "stats")
    public CompletableFuture<PlayerStats> stats(DgsDataFetchingEnvironment dfe) {
        Player player = dfe.getSource();
        DataLoader<String, PlayerStats> loader = dfe.getDataLoader(PlayerStatsDataLoader.class);
        return loader.load(player.id());
    }
}
