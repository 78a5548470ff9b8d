package gg.arena.matches.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.matches.tick.JoinMatchPayload;
import gg.arena.matches.tick.JoinMatchService;
import gg.arena.subgraph.auth.Viewer;

/** Connecting to a match's real-time server. */
@DgsComponent
public class JoinMatchDataFetcher {

    private final JoinMatchService join;
    private final Viewer viewer;

    public JoinMatchDataFetcher(JoinMatchService join, Viewer viewer) {
        this.join = join;
        this.viewer = viewer;
    }

    /** Mutation.joinMatch */
    @DgsMutation
    public JoinMatchPayload joinMatch(@InputArgument String matchId, DgsDataFetchingEnvironment dfe) {
        return join.join(viewer.require(dfe), matchId);
    }
}
