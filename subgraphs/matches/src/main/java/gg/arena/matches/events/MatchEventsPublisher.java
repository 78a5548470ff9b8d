package gg.arena.matches.events;

/**
 * Where the matches service announces domain facts to the rest of the platform (ratings,
 * rewards, feeds, subscriptions). Called after the transaction that made the fact true has
 * committed. The default implementation only logs; declaring another bean of this type
 * (in-process bus, Redis) replaces it.
 */
public interface MatchEventsPublisher {

    /** A LIVE match was formed from queued tickets. */
    void matchFormed(MatchFormed event);

    /** A match reached FINISHED or ABANDONED. */
    void matchEnded(MatchEnded event);
}
