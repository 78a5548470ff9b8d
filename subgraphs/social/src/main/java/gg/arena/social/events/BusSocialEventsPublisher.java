package gg.arena.social.events;

import gg.arena.social.domain.ChatMessage;
import gg.arena.social.domain.FriendRequest;
import gg.arena.social.domain.Presence;
import gg.arena.subgraph.events.EventBus;
import org.springframework.stereotype.Component;

/**
 * Puts chat messages and presence changes on the event bus, where the {@code chatMessages} and
 * {@code presenceChanged} subscriptions of every instance (Redis bus) pick them up. Friend
 * request changes have no subscription yet and stay here.
 */
@Component
public class BusSocialEventsPublisher implements SocialEventsPublisher {

    private final EventBus bus;

    public BusSocialEventsPublisher(EventBus bus) {
        this.bus = bus;
    }

    @Override
    public void chatMessagePosted(ChatMessage message) {
        bus.publish(SocialTopics.chat(message.channel()), ChatMessagePosted.of(message));
    }

    @Override
    public void presenceChanged(String playerId, Presence presence) {
        bus.publish(SocialTopics.presence(playerId),
                new PresenceChanged(playerId, presence.status(), presence.lastSeenAt()));
    }

    @Override
    public void friendRequestChanged(FriendRequest request) {}
}
