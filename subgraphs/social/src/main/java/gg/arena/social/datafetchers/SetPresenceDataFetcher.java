package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.social.domain.Presence;
import gg.arena.social.domain.PresenceStatus;
import gg.arena.social.services.PresenceService;
import gg.arena.subgraph.auth.Viewer;
import graphql.schema.DataFetchingEnvironment;

@DgsComponent
public class SetPresenceDataFetcher {

    private final PresenceService presences;
    private final Viewer viewer;

    public SetPresenceDataFetcher(PresenceService presences, Viewer viewer) {
        this.presences = presences;
        this.viewer = viewer;
    }

    /** Mutation.setPresence */
    @DgsMutation
    public Presence setPresence(DataFetchingEnvironment env, @InputArgument PresenceStatus status) {
        return presences.set(viewer.require(env), status);
    }
}
