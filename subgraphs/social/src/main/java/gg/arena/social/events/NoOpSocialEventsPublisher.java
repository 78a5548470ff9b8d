package gg.arena.social.events;

import gg.arena.social.domain.ChatMessage;
import gg.arena.social.domain.FriendRequest;
import gg.arena.social.domain.Presence;

/** The default publisher while there are no subscriptions: events go nowhere. */
public final class NoOpSocialEventsPublisher implements SocialEventsPublisher {

    @Override
    public void chatMessagePosted(ChatMessage message) {}

    @Override
    public void presenceChanged(String playerId, Presence presence) {}

    @Override
    public void friendRequestChanged(FriendRequest request) {}
}
