package gg.arena.social.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsSubscription;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.social.domain.ChatMessage;
import gg.arena.social.services.LiveSocial;
import org.reactivestreams.Publisher;

@DgsComponent
public class ChatMessagesSubscription {

    private final LiveSocial live;

    public ChatMessagesSubscription(LiveSocial live) {
        this.live = live;
    }

    /** Subscription.chatMessages */
    @DgsSubscription
    public Publisher<ChatMessage> chatMessages(@InputArgument String channel) {
        return live.chat(channel);
    }
}
