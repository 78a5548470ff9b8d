package gg.arena.matches.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsSubscription;
import com.netflix.graphql.dgs.DgsTypeResolver;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.matches.dataloaders.MatchDataLoader;
import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.MatchFound;
import gg.arena.matches.domain.Player;
import gg.arena.matches.live.LiveEvent;
import gg.arena.matches.live.LiveMatches;
import gg.arena.matches.live.MatchKillEvent;
import gg.arena.matches.live.MatchScoreEvent;
import gg.arena.subgraph.auth.Viewer;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.reactivestreams.Publisher;

/** The matches subscriptions and the fields of their events that are references. */
@DgsComponent
public class LiveMatchesSubscription {

    private final LiveMatches live;
    private final Viewer viewer;

    public LiveMatchesSubscription(LiveMatches live, Viewer viewer) {
        this.live = live;
        this.viewer = viewer;
    }

    /** Subscription.matchFound: the ticket owner's only (the token's player). */
    @DgsSubscription
    public Publisher<MatchFound> matchFound(@InputArgument String ticketId, DataFetchingEnvironment env) {
        return live.matchFound(viewer.require(env), ticketId);
    }

    /** Subscription.matchEvents */
    @DgsSubscription
    public Publisher<LiveEvent> matchEvents(@InputArgument String matchId) {
        return live.matchEvents(matchId);
    }

    /** MatchEvent: the event record's simple name is its GraphQL type. */
    @DgsTypeResolver(name = "MatchEvent")
    public String matchEventType(LiveEvent event) {
        return event.getClass().getSimpleName();
    }

    /** MatchFound.match */
    @DgsData(parentType = "MatchFound", field = "match")
    public CompletableFuture<Match> match(DgsDataFetchingEnvironment dfe) {
        MatchFound found = dfe.getSource();
        DataLoader<String, Match> loader = dfe.getDataLoader(MatchDataLoader.class);
        return loader.load(found.matchId());
    }

    /** MatchKillEvent.killer: a reference the router completes from the players subgraph. */
    @DgsData(parentType = "MatchKillEvent", field = "killer")
    public Player killer(DgsDataFetchingEnvironment dfe) {
        return new Player(dfe.<MatchKillEvent>getSource().killerId());
    }

    /** MatchKillEvent.victim */
    @DgsData(parentType = "MatchKillEvent", field = "victim")
    public Player victim(DgsDataFetchingEnvironment dfe) {
        return new Player(dfe.<MatchKillEvent>getSource().victimId());
    }

    /** MatchScoreEvent.player */
    @DgsData(parentType = "MatchScoreEvent", field = "player")
    public Player scorer(DgsDataFetchingEnvironment dfe) {
        return new Player(dfe.<MatchScoreEvent>getSource().playerId());
    }
}
