package gg.arena.matches.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import gg.arena.matches.domain.Participant;
import gg.arena.matches.domain.Player;

/** Participant fields that are not plain columns. */
@DgsComponent
public class ParticipantDataFetcher {

    /** Participant.player: a reference the router completes from the players subgraph. */
    @DgsData(parentType = "Participant", field = "player")
    public Player player(DgsDataFetchingEnvironment dfe) {
        Participant participant = dfe.getSource();
        return new Player(participant.playerId());
    }
}
