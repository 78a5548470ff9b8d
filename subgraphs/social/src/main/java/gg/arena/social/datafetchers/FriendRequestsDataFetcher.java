package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import gg.arena.social.domain.FriendRequest;
import gg.arena.social.services.FriendService;
import gg.arena.subgraph.auth.Viewer;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;

@DgsComponent
public class FriendRequestsDataFetcher {

    private final FriendService friends;
    private final Viewer viewer;

    public FriendRequestsDataFetcher(FriendService friends, Viewer viewer) {
        this.friends = friends;
        this.viewer = viewer;
    }

    /** Query.friendRequests */
    @DgsQuery
    public List<FriendRequest> friendRequests(DataFetchingEnvironment env) {
        return friends.pendingInvolving(viewer.require(env).playerId());
    }
}
