package gg.arena.social.events;

import gg.arena.social.domain.ChatMessage;
import gg.arena.social.domain.FriendRequest;
import gg.arena.social.domain.Presence;

/**
 * Where social announces what happened, once it is committed. The default,
 * {@link BusSocialEventsPublisher}, feeds the subscriptions through the event bus. Called after
 * the transaction commits, never for a change that was rolled back; implementations must not
 * block the caller for long (hand off to another thread or a broker).
 */
public interface SocialEventsPublisher {

    /** A message was stored in its channel. */
    void chatMessagePosted(ChatMessage message);

    /** A player set a presence. */
    void presenceChanged(String playerId, Presence presence);

    /** A friend request was sent or answered (its new status is in the request). */
    void friendRequestChanged(FriendRequest request);
}
