package gg.arena.tick.sim;

import java.util.Map;

/** Match events as the simulation produces them (called on the match's event loop: do not block). */
public interface MatchListener {

    default void kill(String matchId, long tick, String killer, String victim) {
    }

    /** The match is over; scores by player id. */
    default void ended(String matchId, Map<String, Integer> scores) {
    }

    MatchListener NONE = new MatchListener() {
    };
}
