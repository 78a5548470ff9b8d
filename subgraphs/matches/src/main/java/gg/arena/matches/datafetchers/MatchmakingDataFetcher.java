package gg.arena.matches.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.matches.dataloaders.MatchDataLoader;
import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.MatchmakingTicket;
import gg.arena.matches.domain.Region;
import gg.arena.matches.services.MatchmakingService;
import gg.arena.subgraph.auth.Viewer;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** The matchmaking queue: the signed-in player's tickets. */
@DgsComponent
public class MatchmakingDataFetcher {

    private final MatchmakingService matchmaking;
    private final Viewer viewer;

    public MatchmakingDataFetcher(MatchmakingService matchmaking, Viewer viewer) {
        this.matchmaking = matchmaking;
        this.viewer = viewer;
    }

    /** Query.matchmakingTicket */
    @DgsQuery
    public MatchmakingTicket matchmakingTicket(@InputArgument String id, DgsDataFetchingEnvironment dfe) {
        return matchmaking.own(viewer.require(dfe), id);
    }

    /** Mutation.enqueue */
    @DgsMutation
    public MatchmakingTicket enqueue(
            @InputArgument GameMode mode, @InputArgument Region region, DgsDataFetchingEnvironment dfe) {
        return matchmaking.enqueue(viewer.require(dfe), mode, region);
    }

    /** Mutation.dequeue */
    @DgsMutation
    public MatchmakingTicket dequeue(@InputArgument String ticketId, DgsDataFetchingEnvironment dfe) {
        return matchmaking.dequeue(viewer.require(dfe), ticketId);
    }

    /** MatchmakingTicket.match */
    @DgsData(parentType = "MatchmakingTicket", field = "match")
    public CompletableFuture<Match> match(DgsDataFetchingEnvironment dfe) {
        MatchmakingTicket ticket = dfe.getSource();
        if (ticket.matchId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<String, Match> loader = dfe.getDataLoader(MatchDataLoader.class);
        return loader.load(ticket.matchId());
    }
}
