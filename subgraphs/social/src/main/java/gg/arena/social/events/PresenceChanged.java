package gg.arena.social.events;

import gg.arena.social.domain.Player;
import gg.arena.social.domain.PresenceChange;
import gg.arena.social.domain.PresenceStatus;
import java.time.Instant;

/** A player's new presence as it travels on the event bus. */
public record PresenceChanged(String playerId, PresenceStatus status, Instant lastSeenAt) {

    public PresenceChange toChange() {
        return new PresenceChange(Player.ref(playerId), status, lastSeenAt);
    }
}
