package gg.arena.matches.events;

import gg.arena.matches.domain.MatchmakingTicket;

/**
 * Where the matches service announces domain facts to the rest of the platform (ratings,
 * rewards, feeds, subscriptions). Called after the transaction that made the fact true has
 * committed. The default puts them on the event bus ({@link BusMatchEventsPublisher}); declaring
 * another bean of this type replaces it. Implementations must not block the caller.
 */
public interface MatchEventsPublisher {

    /** A LIVE match was formed from queued tickets. */
    void matchFormed(MatchFormed event);

    /** A match reached FINISHED or ABANDONED. */
    void matchEnded(MatchEnded event);

    /** A queued ticket was taken out of the queue (dequeue). */
    default void ticketCancelled(MatchmakingTicket ticket) {
    }
}
