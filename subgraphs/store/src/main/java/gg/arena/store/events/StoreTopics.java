package gg.arena.store.events;

/** Event bus topic names of the store. */
public final class StoreTopics {

    private StoreTopics() {}

    /** Balance changes of one player's wallet. */
    public static String wallet(String playerId) {
        return "store.wallet." + playerId;
    }
}
