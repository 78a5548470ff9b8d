package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsSubscription;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.social.domain.PresenceChange;
import gg.arena.social.services.LiveSocial;
import java.util.List;
import org.reactivestreams.Publisher;

@DgsComponent
public class PresenceChangedSubscription {

    private final LiveSocial live;

    public PresenceChangedSubscription(LiveSocial live) {
        this.live = live;
    }

    /** Subscription.presenceChanged */
    @DgsSubscription
    public Publisher<PresenceChange> presenceChanged(@InputArgument List<String> playerIds) {
        return live.presence(playerIds);
    }
}
