package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.social.domain.FriendRequest;
import gg.arena.social.services.FriendService;
import gg.arena.subgraph.auth.Viewer;
import graphql.schema.DataFetchingEnvironment;

/** The three friend-request mutations; each needs a bearer token. */
@DgsComponent
public class FriendRequestMutations {

    private final FriendService friends;
    private final Viewer viewer;

    public FriendRequestMutations(FriendService friends, Viewer viewer) {
        this.friends = friends;
        this.viewer = viewer;
    }

    /** Mutation.sendFriendRequest */
    @DgsMutation
    public FriendRequest sendFriendRequest(DataFetchingEnvironment env, @InputArgument String toPlayerId) {
        return friends.send(viewer.require(env), toPlayerId);
    }

    /** Mutation.acceptFriendRequest */
    @DgsMutation
    public FriendRequest acceptFriendRequest(DataFetchingEnvironment env, @InputArgument String requestId) {
        return friends.accept(viewer.require(env), requestId);
    }

    /** Mutation.declineFriendRequest */
    @DgsMutation
    public FriendRequest declineFriendRequest(DataFetchingEnvironment env, @InputArgument String requestId) {
        return friends.decline(viewer.require(env), requestId);
    }
}
