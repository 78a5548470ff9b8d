package gg.arena.social.events;

/** Event bus topic names of social: one per chat channel, one per player's presence. */
public final class SocialTopics {

    private SocialTopics() {}

    /** Messages posted to a channel. */
    public static String chat(String channel) {
        return "social.chat." + channel;
    }

    /** Presence changes of one player. */
    public static String presence(String playerId) {
        return "social.presence." + playerId;
    }
}
