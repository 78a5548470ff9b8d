package gg.arena.matches.live;

/** Event bus topic names of the matches service. */
public final class MatchesTopics {

    /** Every stored match result ({@link MatchResultMessage}), for the players service's ratings. */
    public static final String ENDED = "matches.ended";

    private MatchesTopics() {}

    /** What became of one matchmaking ticket ({@link TicketUpdate}). */
    public static String found(String ticketId) {
        return "matches.found." + ticketId;
    }

    /** The live events of one match ({@link LiveEvent}). */
    public static String events(String matchId) {
        return "matches.events." + matchId;
    }
}
