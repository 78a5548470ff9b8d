package gg.arena.matches.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.matches.dataloaders.MatchDataLoader;
import gg.arena.matches.dataloaders.ParticipantsDataLoader;
import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.Participant;
import gg.arena.matches.domain.Region;
import gg.arena.matches.repository.MatchRepository;
import gg.arena.subgraph.paging.PageSize;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Matches: lookup by id, live matches, the Match entity and its participants. */
@DgsComponent
public class MatchDataFetcher {

    private static final int MAX_ID_LENGTH = 64;

    private final MatchRepository matches;

    public MatchDataFetcher(MatchRepository matches) {
        this.matches = matches;
    }

    /** Query.match */
    @DgsQuery
    public CompletableFuture<Match> match(@InputArgument String id, DgsDataFetchingEnvironment dfe) {
        return byId(id, dfe);
    }

    /** Query.liveMatches */
    @DgsQuery
    public List<Match> liveMatches(@InputArgument Region region, @InputArgument Integer first) {
        return matches.findLive(region, PageSize.check(first, 20));
    }

    /** Match entity fetcher ({@code _entities} with {@code __typename: "Match"}). */
    @DgsEntityFetcher(name = "Match")
    public CompletableFuture<Match> matchEntity(Map<String, Object> values, DgsDataFetchingEnvironment dfe) {
        return byId(values.get("id") instanceof String id ? id : null, dfe);
    }

    /** Match.participants */
    @DgsData(parentType = "Match", field = "participants")
    public CompletableFuture<List<Participant>> participants(DgsDataFetchingEnvironment dfe) {
        Match match = dfe.getSource();
        DataLoader<String, List<Participant>> loader = dfe.getDataLoader(ParticipantsDataLoader.class);
        return loader.load(match.id()).thenApply(list -> list == null ? List.of() : list);
    }

    private static CompletableFuture<Match> byId(String id, DgsDataFetchingEnvironment dfe) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            // No match can have such an id: answer null without a query.
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<String, Match> loader = dfe.getDataLoader(MatchDataLoader.class);
        return loader.load(id);
    }
}
