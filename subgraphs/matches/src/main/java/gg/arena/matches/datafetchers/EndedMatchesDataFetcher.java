package gg.arena.matches.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.matches.domain.EndedMatch;
import gg.arena.matches.repository.MatchRepository;
import gg.arena.subgraph.errors.InvalidInputException;
import gg.arena.subgraph.paging.PageSize;
import java.util.List;

/** The outbox of ended matches, read by the players service (an inaccessible field: not in the public API). */
@DgsComponent
public class EndedMatchesDataFetcher {

    private final MatchRepository matches;

    public EndedMatchesDataFetcher(MatchRepository matches) {
        this.matches = matches;
    }

    /** Query.endedMatchesSince */
    @DgsQuery
    public List<EndedMatch> endedMatchesSince(@InputArgument Integer after, @InputArgument Integer first) {
        if (after == null || after < 0) {
            throw new InvalidInputException("INVALID_CURSOR", "'after' must be an end sequence, 0 or more.");
        }
        return matches.findEndedAfter(after, PageSize.check(first, 100));
    }
}
