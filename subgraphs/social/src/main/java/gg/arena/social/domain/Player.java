package gg.arena.social.domain;

/**
 * The social view of a player: the id, plus whatever the caller handed us. {@code handle} is
 * known for chat authors (stored with the message) and for players social has heard of;
 * {@code region} only arrives in an {@code _entities} representation (for {@code @requires}).
 * Named {@code Player} because the federation resolver maps entity classes to types by name.
 */
public record Player(String id, String handle, String region) {

    /** A reference to a player by id only. */
    public static Player ref(String id) {
        return new Player(id, null, null);
    }

    public static Player withHandle(String id, String handle) {
        return new Player(id, handle, null);
    }
}
