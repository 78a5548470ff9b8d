package gg.arena.social;

import gg.arena.social.domain.ChatMessage;
import gg.arena.social.domain.FriendRequest;
import gg.arena.social.domain.Presence;
import gg.arena.social.events.BusSocialEventsPublisher;
import gg.arena.social.events.SocialEventsPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts a publisher in front of the bus publisher that remembers every event, as text, for
 * assertions, and then passes it on (so subscriptions still get it).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingSocialEvents {

    private final List<String> events = new CopyOnWriteArrayList<>();

    /** Events since the start, e.g. {@code chat:<message id>}, {@code presence:<player>:<status>}. */
    public List<String> events() {
        return List.copyOf(events);
    }

    @Bean
    @Primary
    SocialEventsPublisher recordingSocialEventsPublisher(BusSocialEventsPublisher bus) {
        return new SocialEventsPublisher() {
            @Override
            public void chatMessagePosted(ChatMessage message) {
                events.add("chat:" + message.id());
                bus.chatMessagePosted(message);
            }

            @Override
            public void presenceChanged(String playerId, Presence presence) {
                events.add("presence:" + playerId + ":" + presence.status());
                bus.presenceChanged(playerId, presence);
            }

            @Override
            public void friendRequestChanged(FriendRequest request) {
                events.add("request:" + request.id() + ":" + request.status());
                bus.friendRequestChanged(request);
            }
        };
    }
}
